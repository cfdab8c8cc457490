namespace SachSong.Core.Lists;

/// <summary>Why a non-blank row under the header is not a person.</summary>
public enum SkipReason
{
    /// <summary>"Tổng cộng", "Cộng": a total.</summary>
    Total = 1,

    /// <summary>A section heading ("Thôn An Điềm", "I. Đối tượng…"); a heading naming a village or commune sets it for the rows below.</summary>
    SubHeading,

    /// <summary>The header (or its numbering row) repeated, as when pages are pasted together.</summary>
    RepeatedHeader,

    /// <summary>The signature block at the end ("Người lập biểu", "TM. UBND xã", the date line) and everything under it.</summary>
    Footer,
}
