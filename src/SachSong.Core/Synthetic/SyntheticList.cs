namespace SachSong.Core.Synthetic;

/// <summary>A sectoral list as a department would send it, with the ground truth of every row.</summary>
/// <param name="Program">One of <see cref="SyntheticPrograms.All"/>, e.g. "social_protection".</param>
/// <param name="Title">Vietnamese title, e.g. "Danh sách đối tượng bảo trợ xã hội".</param>
/// <param name="Rows">The rows in list order.</param>
public sealed record SyntheticList(string Program, string Title, IReadOnlyList<SyntheticListRow> Rows);
