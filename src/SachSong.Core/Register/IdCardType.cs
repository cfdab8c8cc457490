namespace SachSong.Core.Register;

/// <summary>Kind of identity card a citizen holds.</summary>
public enum IdCardType
{
    /// <summary>Căn cước công dân gắn chip (issued until 30/06/2024).</summary>
    Cccd = 1,
    /// <summary>Thẻ căn cước (Luật Căn cước 2023, issued from 01/07/2024).</summary>
    CanCuoc = 2,
}
