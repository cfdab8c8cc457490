using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.Core.Linkage;

/// <summary>
/// Matches a sectoral list against the register. First a deterministic pass: a valid personal ID (or an old CMND number)
/// found in the register whose person agrees on the name (diacritics, case, tone placement and word order aside) and the
/// birth date (a partial date that agrees counts) is matched with score 1. The other rows go through the probabilistic
/// pass of <see cref="Linker"/> with <see cref="RegisterMatchSettings.Spec"/>; then <see cref="OneToOneAssignment"/> makes
/// sure no register person is matched to two rows, and each row gets its reasons.
/// </summary>
/// <threadsafety>One matcher may run one <see cref="Match"/> at a time; several matchers may share one index.</threadsafety>
public sealed class RegisterMatcher
{
    private const byte IdMissing = 0, IdValid = 1, IdLegacy = 2, IdInvalid = 3;
    private readonly RegisterIndex _index;
    private readonly RegisterMatchSettings _settings;

    /// <exception cref="ArgumentOutOfRangeException">When the settings are out of range.</exception>
    public RegisterMatcher(RegisterIndex index, RegisterMatchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        _index = index;
        _settings = settings;
    }

    /// <summary>The model used by the last <see cref="Match"/> (trained there unless the settings gave one); null before, or when every row was deterministic.</summary>
    public FellegiSunterModel? Model { get; private set; }

    /// <summary>What the last <see cref="Match"/> did, for logs: rows per pass and training statistics.</summary>
    public IReadOnlyList<string> Log { get; private set; } = [];

    /// <summary>One decision per row, in row order. The same rows, register and settings give the same decisions.</summary>
    public IReadOnlyList<MatchDecision> Match(IReadOnlyList<ListRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var log = new List<string>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var list = ListTable.Build(rows, _index, _settings.Today);
        var right = _index.Table;
        var comparer = new PairComparer(_settings.Spec, list.Table, right);
        log.Add($"list read into columns ({watch.ElapsedMilliseconds} ms)");
        var n = rows.Count;

        // Deterministic pass.
        var typed = new int[n];
        var deterministic = new int[n];
        Parallel.For(0, n, i =>
        {
            var r = list.IdKind[i] switch
            {
                IdValid => _index.Ids.FindFirst(list.Ids.Value(i), list.Ids.Length(i)),
                IdLegacy => _index.LegacyIds.FindFirst(list.Ids.Value(i), list.Ids.Length(i)),
                _ => -1,
            };
            typed[i] = r;
            deterministic[i] = r >= 0
                && comparer.Level(VietnameseRegisterSpec.NameComparison, i, r) is >= 0 and <= 2
                && comparer.Level(VietnameseRegisterSpec.BirthDateComparison, i, r) is >= 0 and <= 1 ? r : -1;
        });
        var rest = Enumerable.Range(0, n).Where(i => deterministic[i] < 0).ToArray();
        log.Add($"rows {n}, deterministic {n - rest.Length}, probabilistic {rest.Length} ({watch.ElapsedMilliseconds} ms)");

        // Probabilistic pass.
        var scored = new ScoredCandidate[n][];
        if (rest.Length > 0)
        {
            var linker = new Linker(_settings.Spec, list.Table, right);
            Model = _settings.Model ?? linker.Train();
            log.AddRange(linker.TrainingLog);
            log.Add($"model ready ({watch.ElapsedMilliseconds} ms)");
            var found = linker.Score(rest, Model, _settings.MaxCandidates);
            for (var j = 0; j < rest.Length; j++) scored[rest[j]] = found[j];
            log.AddRange(linker.ScoringLog);
            log.Add("block pairs: " + string.Join(", ", _settings.Spec.BlockingRules.Select((b, k) => $"{b.Name} {linker.BlockPairs[k]}")));
        }
        for (var i = 0; i < n; i++)
            if (deterministic[i] >= 0) scored[i] = [new ScoredCandidate(deterministic[i], 1.0, double.PositiveInfinity)];
        log.Add($"scored ({watch.ElapsedMilliseconds} ms)");
        var outcomes = OneToOneAssignment.Decide(scored, _settings.MatchThreshold, _settings.ReviewThreshold);
        log.Add($"one-to-one assignment ({watch.ElapsedMilliseconds} ms)");
        var decisions = new MatchDecision[n];
        Parallel.For(0, n, i => decisions[i] = Decide(rows[i], i, list, comparer, outcomes[i], scored[i], typed[i]));
        log.Add($"decisions ({watch.ElapsedMilliseconds} ms)");
        Log = log;
        return decisions;
    }

    private MatchDecision Decide(ListRow row, int i, ListTable list, PairComparer comparer, LinkOutcome outcome, ScoredCandidate[] scored, int typed)
    {
        var reasons = new ReasonSet();
        var status = outcome.Status;
        var person = outcome.Right;
        switch (list.IdKind[i])
        {
            case IdInvalid:
                reasons.Add(MatchReason.IdInvalid);
                break;
            case IdValid or IdLegacy when typed < 0:
                reasons.Add(MatchReason.IdNotFound);
                break;
            case IdValid or IdLegacy when typed != person:
                reasons.Add(MatchReason.IdBelongsToOtherPerson);
                break;
        }
        if (list.IdKind[i] == IdLegacy && typed >= 0 && typed == person) reasons.Add(MatchReason.LegacyIdUsed);

        if (person >= 0)
        {
            if (!string.IsNullOrWhiteSpace(row.FullName) && comparer.Level(VietnameseRegisterSpec.NameComparison, i, person) != 0)
                reasons.Add(MatchReason.NameDiffers);
            if (!string.IsNullOrWhiteSpace(row.BirthDate)
                && (list.DateUnreadable[i] || comparer.Level(VietnameseRegisterSpec.BirthDateComparison, i, person) > 1))
                reasons.Add(MatchReason.BirthDateDiffers);
            if (!string.IsNullOrWhiteSpace(row.Sex) && (list.SexUnreadable[i] || comparer.Level(VietnameseRegisterSpec.SexComparison, i, person) == 1))
                reasons.Add(MatchReason.SexDiffers);
            if (comparer.Level(VietnameseRegisterSpec.CommuneComparison, i, person) == 1) reasons.Add(MatchReason.NotInUnit);
            if (_index.IsDeceased(person))
            {
                reasons.Add(MatchReason.Deceased);
                if (status == MatchStatus.Matched && _settings.DeceasedToReview) status = MatchStatus.Review;
            }
        }
        if (outcome.MultipleCandidates) reasons.Add(MatchReason.MultipleCandidates);
        if (outcome.DuplicateOf >= 0) reasons.Add(MatchReason.DuplicateInList);

        var candidates = new List<MatchCandidate>();
        if (status == MatchStatus.Matched)
        {
            candidates.Add(new MatchCandidate(_index, person, outcome.Probability));
            // The person the typed ID belongs to, so the list's ID can be checked against theirs.
            if (typed >= 0 && typed != person)
                candidates.Add(new MatchCandidate(_index, typed, Probability(scored, typed)));
        }
        else
        {
            if (person >= 0) candidates.Add(new MatchCandidate(_index, person, outcome.Probability));
            if (typed >= 0 && typed != person)
                candidates.Add(new MatchCandidate(_index, typed, Probability(scored, typed)));
            foreach (var s in scored)
            {
                if (candidates.Count >= _settings.MaxCandidates) break;
                if (s.Right == person || s.Right == typed) continue;
                if (s.Probability < (status == MatchStatus.Review ? 0.001 : 0.01)) break;
                candidates.Add(new MatchCandidate(_index, s.Right, s.Probability));
            }
        }
        var personalId = person < 0 ? null : _index.Ids.Text(person);
        return new MatchDecision(row.RowId, status, personalId, outcome.Probability, reasons.ToList(), candidates);
    }

    private static double Probability(ScoredCandidate[] scored, int right)
    {
        foreach (var s in scored)
            if (s.Right == right) return s.Probability;
        return 0;
    }

    /// <summary>The list as a linkage table (sharing the register's words through an overlay) plus what parsing found.</summary>
    private sealed class ListTable
    {
        public required LinkageTable Table { get; init; }
        public required DigitsColumn Ids { get; init; }
        public required byte[] IdKind { get; init; }
        public required bool[] DateUnreadable { get; init; }
        public required bool[] SexUnreadable { get; init; }

        public static ListTable Build(IReadOnlyList<ListRow> rows, RegisterIndex index, DateOnly today)
        {
            var n = rows.Count;
            var kinds = new byte[n];
            var idValues = new long[n];
            var idLengths = new byte[n];
            var dates = new int[n];
            var dateBad = new bool[n];
            Parallel.For(0, n, i =>
            {
                var row = rows[i] ?? throw new ArgumentException($"Row {i} is null.", nameof(rows));
                (kinds[i], idValues[i], idLengths[i]) = ParseId(row.PersonalId);
                if (!string.IsNullOrWhiteSpace(row.BirthDate))
                {
                    var parsed = FastDate(row.BirthDate, today) ?? DateParser.Parse(row.BirthDate, today) switch
                    {
                        { Success: true } ok => DateColumn.Pack(ok.Value),
                        _ => 0,
                    };
                    dates[i] = parsed;
                    dateBad[i] = parsed == 0;
                }
            });

            var tokens = index.Tokens.CreateOverlay();
            var ids = new DigitsColumn(RegisterColumns.PersonalId, n);
            var names = new TextColumn(RegisterColumns.FullName, tokens, n);
            var births = new DateColumn(RegisterColumns.BirthDate, n);
            var sexes = new CodeColumn(RegisterColumns.Sex, tokens, n);
            var communes = new CodeColumn(RegisterColumns.CommuneCode, tokens, n);
            var sexBad = new bool[n];
            var sexCache = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < n; i++)
            {
                var row = rows[i];
                ids.AddValue(idValues[i], idLengths[i]);
                names.Add(row.FullName);
                births.AddPacked(dates[i]);
                var sexText = row.Sex?.Trim() ?? string.Empty;
                if (!sexCache.TryGetValue(sexText, out var sex))
                {
                    sex = sexText.Length == 0 ? "" : SexText.Parse(sexText) is { Success: true } s ? (s.Value == Sex.Female ? "2" : "1") : null;
                    sexCache[sexText] = sex;
                }
                sexBad[i] = sex is null;
                sexes.Add(sex);
                communes.Add(Commune(row.CommuneCode));
            }
            return new ListTable
            {
                Table = new LinkageTable([ids, names, births, sexes, communes]),
                Ids = ids,
                IdKind = kinds,
                DateUnreadable = dateBad,
                SexUnreadable = sexBad,
            };
        }

        private static (byte Kind, long Value, byte Length) ParseId(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return (IdMissing, 0, 0);
            var s = text.AsSpan().Trim();
            if (s.Length == 12 && DigitsColumn.TryParse(s, out var fast, out _) && BirthRegistrationProvinces.IsKnown(text.Trim()[..3]))
                return (IdValid, fast, 12);
            switch (PersonalId.Parse(text))
            {
                case PersonalIdParse.Valid v when DigitsColumn.TryParse(v.Id.Value, out var value, out var length):
                    return (IdValid, value, (byte)length);
                case PersonalIdParse.Legacy l when DigitsColumn.TryParse(l.Number, out var value, out var length):
                    return (IdLegacy, value, (byte)length);
                case PersonalIdParse.Missing:
                    return (IdMissing, 0, 0);
                default:
                    // Keep the digits of an invalid number: one mistyped province digit is still one digit off.
                    Span<char> digits = stackalloc char[DigitsColumn.MaxDigits];
                    var k = 0;
                    foreach (var c in s)
                    {
                        if (!char.IsAsciiDigit(c)) continue;
                        if (k == digits.Length) return (IdInvalid, 0, 0);
                        digits[k++] = c;
                    }
                    return DigitsColumn.TryParse(digits[..k], out var v2, out var n2) ? (IdInvalid, v2, (byte)n2) : (IdInvalid, 0, 0);
            }
        }

        /// <summary>dd/MM/yyyy without the regex; null when the text is anything else.</summary>
        private static int? FastDate(string text, DateOnly today)
        {
            if (text.Length != 10 || text[2] != '/' || text[5] != '/') return null;
            var s = text.AsSpan();
            if (!DigitsColumn.TryParse(s[..2], out var d, out _) || !DigitsColumn.TryParse(s[3..5], out var m, out _)
                || !DigitsColumn.TryParse(s[6..], out var y, out _)) return null;
            if (y < 1880 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth((int)y, (int)m)) return null;
            if (new DateOnly((int)y, (int)m, (int)d) > today) return null;
            return (int)((y * 10000) + (m * 100) + d);
        }

        private static string? Commune(string? code)
        {
            var c = code?.Trim();
            if (string.IsNullOrEmpty(c)) return null;
            return c.Length < 5 && c.All(char.IsAsciiDigit) ? c.PadLeft(5, '0') : c;
        }
    }
}
