namespace SachSong.Core.Lists;

/// <summary>Where the mapping a sheet was read with came from.</summary>
public enum MappingSource
{
    /// <summary>Detected from the sheet's header.</summary>
    Detected = 0,

    /// <summary>A mapping the user saved for this template.</summary>
    Saved,
}
