namespace SachSong.Core.Register;

/// <summary>Sex as recorded in the register (Nam / Nữ).</summary>
public enum Sex
{
    Male = 1,
    Female = 2,
}
