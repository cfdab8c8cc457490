namespace SachSong.Core.Units;

/// <summary>
/// Rolls figures keyed on old units up into the new units of a later catalogue through the old→new mapping.
/// An old unit that went wholly into one new unit gives it its whole figure. An old unit that was split across several
/// new units (partial merges) is divided in proportion to the weights given (for example the register's population of
/// each part); without weights for it, its figure is left unallocated and reported rather than guessed.
/// </summary>
public sealed class UnitRollup
{
    private readonly Dictionary<string, List<UnitMapping>> _byOld = new(StringComparer.Ordinal);

    /// <param name="mappings">Links from <paramref name="oldVersion"/> to <paramref name="newVersion"/>; others are ignored.</param>
    /// <param name="oldVersion">Catalogue version of the figures' keys.</param>
    /// <param name="newVersion">Catalogue version to roll up into.</param>
    public UnitRollup(IEnumerable<UnitMapping> mappings, string oldVersion, string newVersion)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        foreach (var m in mappings.Where(m => m.OldVersion == oldVersion && m.NewVersion == newVersion))
        {
            if (!_byOld.TryGetValue(m.OldCode, out var list)) _byOld[m.OldCode] = list = [];
            list.Add(m);
        }
    }

    /// <summary>The new units an old unit went into, wholly or partly.</summary>
    public IReadOnlyList<string> TargetsOf(string oldCode) =>
        _byOld.TryGetValue(oldCode, out var list) ? list.Select(m => m.NewCode).Distinct().ToList() : [];

    /// <param name="figures">Old unit code → figure.</param>
    /// <param name="weights">(old code, new code) → weight of that part, used only for old units split across several new ones.</param>
    public RollupResult RollUp(IReadOnlyDictionary<string, decimal> figures, IReadOnlyDictionary<(string Old, string New), decimal>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var totals = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var unallocated = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (oldCode, value) in figures)
        {
            var targets = TargetsOf(oldCode);
            if (targets.Count == 1)
            {
                totals[targets[0]] = totals.GetValueOrDefault(targets[0]) + value;
                continue;
            }
            var parts = targets.Select(t => (New: t, Weight: weights?.GetValueOrDefault((oldCode, t)) ?? 0m)).ToList();
            var sum = parts.Sum(p => p.Weight);
            if (targets.Count == 0 || sum <= 0)
            {
                unallocated[oldCode] = unallocated.GetValueOrDefault(oldCode) + value;
                continue;
            }
            var given = 0m;
            for (var i = 0; i < parts.Count; i++)
            {
                // The last part takes the remainder so the parts always add up to the old figure exactly.
                var share = i == parts.Count - 1 ? value - given : Math.Round(value * parts[i].Weight / sum, 6, MidpointRounding.AwayFromZero);
                given += share;
                totals[parts[i].New] = totals.GetValueOrDefault(parts[i].New) + share;
            }
        }
        return new RollupResult(totals, unallocated);
    }
}

/// <summary>Figures per new unit, and the old units whose figures could not be attributed (no mapping, or a split without weights).</summary>
public sealed record RollupResult(IReadOnlyDictionary<string, decimal> ByNewUnit, IReadOnlyDictionary<string, decimal> Unallocated);
