using SachSong.Core.Linkage;
using SachSong.Core.Register;

namespace SachSong.App.Lists;

/// <summary>One row of a commune's cleansing worklist: the list's values, the outcome and reasons, and the register's candidates beside it.</summary>
public sealed record WorklistRow(long EntryId, string RowKey, string? Sheet, int RowNumber, ListEntryValues Values, MatchStatus Status,
    IReadOnlyList<MatchReason> Reasons, IReadOnlyList<CitizenRecord> RegisterCandidates);
