namespace SachSong.Core.Register;

/// <summary>Where a citizen stood on a given date: born yet, alive, and which commune they lived in.</summary>
public sealed record CitizenState(bool Born, bool Alive, string CommuneCode)
{
    /// <summary>Counted in the population on that date.</summary>
    public bool Counted => Born && Alive;
}

/// <summary>Reconstructs a citizen's state on a past date from the current record and its dated change events.</summary>
public static class CitizenTimeline
{
    /// <param name="current">The record as it is now.</param>
    /// <param name="changes">This citizen's change events, in any order.</param>
    /// <param name="date">The "as of" date.</param>
    public static CitizenState StateOn(CitizenRecord current, IEnumerable<RegisterChange> changes, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(changes);
        var mine = changes.Where(c => c.PersonalId == current.PersonalId).ToList();

        var born = current.BirthDate.Earliest <= date;
        var deathDate = current.DeathDate ?? mine.Where(c => c.Kind == RegisterChangeKind.Death).Select(c => (DateOnly?)c.OccurredOn).Min();
        var alive = !current.IsDeceased || (deathDate is { } d && d > date);

        // Undo, newest first, every move made after the date.
        var commune = current.CommuneCode;
        foreach (var move in mine.Where(c => c.Kind == RegisterChangeKind.Move && c.OccurredOn > date).OrderByDescending(c => c.OccurredOn))
            if (move.FromCommuneCode is not null) commune = move.FromCommuneCode;
        return new CitizenState(born, alive, commune);
    }
}
