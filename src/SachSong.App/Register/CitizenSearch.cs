using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Access;
using SachSong.App.Storage;
using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.App.Register;

/// <summary>
/// Register search as people type it: a 12-digit personal ID, a 9-digit old ID number, or a name with or without diacritics and
/// an optional birth year ("nguyen van hung 1985"). Runs in the caller's scope and writes one audit entry per search.
/// </summary>
public sealed class CitizenSearch(Database database, TimeProvider clock)
{
    /// <summary>Most people returned by one search.</summary>
    public const int MaxResults = 50;

    /// <summary>One person found.</summary>
    public sealed record Hit(long Id, string PersonalId, string FullName, string BirthDate, Sex Sex, string CatalogVersion, string CommuneCode,
        string Address, bool IsDeceased);

    /// <summary>The people found (at most <see cref="MaxResults"/>) and whether there were more.</summary>
    public sealed record Result(string Query, IReadOnlyList<Hit> Hits, bool More);

    public async Task<Result> ExecuteAsync(string? query, CancellationToken cancellationToken)
    {
        var q = VietnameseText.Clean(query);
        await using var db = database.CreateContext();
        if (q.Length == 0) return new Result(q, [], false);

        var rows = new List<Citizen>();
        var digits = q.Replace(" ", "", StringComparison.Ordinal);
        if (digits.Length is 12 or 9 && digits.All(char.IsAsciiDigit))
        {
            rows = digits.Length == 12
                ? await db.Citizens.AsNoTracking().Where(c => c.PersonalId == digits).ToListAsync(cancellationToken)
                : await db.Citizens.AsNoTracking().Where(c => c.LegacyIdNumber == digits).Take(MaxResults + 1).ToListAsync(cancellationToken);
        }
        else
        {
            var (name, year) = SplitYear(q);
            var key = VietnameseText.AccentFreeKey(name);
            if (key.Length >= 2)
            {
                var exact = db.Citizens.AsNoTracking().Where(c => c.NameKey == key);
                if (year is { } y) exact = exact.Where(c => c.BirthYear == y);
                rows = await exact.OrderBy(c => c.Id).Take(MaxResults + 1).ToListAsync(cancellationToken);
                if (rows.Count == 0)
                {
                    // Nobody by that whole name: the name as a beginning ("nguyen van" → "Nguyễn Văn Hùng"), an index range scan.
                    var end = key[..^1] + (char)(key[^1] + 1);
                    var prefix = db.Citizens.AsNoTracking().Where(c => c.NameKey.CompareTo(key) >= 0 && c.NameKey.CompareTo(end) < 0);
                    if (year is { } y2) prefix = prefix.Where(c => c.BirthYear == y2);
                    rows = await prefix.OrderBy(c => c.NameKey).ThenBy(c => c.Id).Take(MaxResults + 1).ToListAsync(cancellationToken);
                }
                if (VietnameseText.HasDiacritics(name))
                {
                    // Diacritics typed: those who match them (wherever the tone mark sits) come first.
                    var typed = VietnameseText.MatchKey(name);
                    rows = [.. rows.OrderBy(c => VietnameseText.MatchKey(c.FullName).StartsWith(typed, StringComparison.Ordinal) ? 0 : 1)];
                }
            }
        }

        var more = rows.Count > MaxResults;
        var hits = rows.Take(MaxResults).Select(c => new Hit(c.Id, c.PersonalId, c.FullName, c.BirthDate.ToString(), c.Sex, c.CatalogVersion,
            c.CommuneCode, c.Address, c.IsDeceased)).ToList();
        db.Audit(AuditActions.Search, "citizens", $"q=\"{q}\"; {hits.Count.ToString(CultureInfo.InvariantCulture)}{(more ? "+" : "")} kết quả",
            clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return new Result(q, hits, more);
    }

    /// <summary>A trailing (or leading) four-digit year is the birth year; the rest is the name.</summary>
    internal static (string Name, int? Year) SplitYear(string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        int? year = null;
        foreach (var index in new[] { words.Count - 1, 0 })
        {
            if (index < 0 || index >= words.Count) continue;
            if (words[index].Length == 4 && int.TryParse(words[index], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1880 and < 2200)
            {
                year = y;
                words.RemoveAt(index);
                break;
            }
        }
        return (string.Join(' ', words), year);
    }
}
