namespace SachSong.Core.Register;

/// <summary>Level of the citizen's electronic identification (VNeID) account.</summary>
public enum EidLevel
{
    None = 0,
    Level1 = 1,
    Level2 = 2,
}
