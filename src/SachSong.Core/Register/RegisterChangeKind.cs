namespace SachSong.Core.Register;

/// <summary>Kind of change event in the register (dữ liệu biến động).</summary>
public enum RegisterChangeKind
{
    Birth = 1,
    Death = 2,
    Move = 3,
    Correction = 4,
}
