using System.Globalization;
using System.Text;
using SachSong.Core.Linkage;
using SachSong.Core.Text;

namespace SachSong.App.Linkage;

/// <summary>
/// Links FEBRL4 (<c>dataset4a.csv</c> to <c>dataset4b.csv</c>, 5,000 Australian-style synthetic people each) with the
/// generic engine configured for FEBRL's own fields, training without labels, and scores the result against the true
/// pairs (<c>rec-N-org</c> ↔ <c>rec-N-dup-0</c>). The labels are read only to count.
/// </summary>
public static class FebrlEvaluation
{
    /// <summary>The outcome: metrics, the trained model, and what training did.</summary>
    public sealed record Result(MatchMetrics Metrics, FellegiSunterModel Model, IReadOnlyList<string> Log);

    /// <summary>FEBRL's fields in the generic engine: names with term frequencies, digits with typo levels, address text.</summary>
    public static LinkageSpec Spec { get; } = new(
        [
            new ComparisonSpec("given_name", "given_name", "given_name", ComparisonKind.Text) { TermFrequency = true },
            new ComparisonSpec("surname", "surname", "surname", ComparisonKind.Text) { TermFrequency = true },
            new ComparisonSpec("date_of_birth", "date_of_birth", "date_of_birth", ComparisonKind.Digits),
            new ComparisonSpec("soc_sec_id", "soc_sec_id", "soc_sec_id", ComparisonKind.Digits),
            new ComparisonSpec("street_number", "street_number", "street_number", ComparisonKind.Exact),
            new ComparisonSpec("address_1", "address_1", "address_1", ComparisonKind.Text),
            new ComparisonSpec("suburb", "suburb", "suburb", ComparisonKind.Text),
            new ComparisonSpec("postcode", "postcode", "postcode", ComparisonKind.Digits),
            new ComparisonSpec("state", "state", "state", ComparisonKind.Exact),
        ],
        [
            BlockingRule.On("soc_sec_id", BlockingKeyPart.On("soc_sec_id")),
            BlockingRule.On("date_of_birth", BlockingKeyPart.On("date_of_birth")),
            BlockingRule.On("given+surname", BlockingKeyPart.On("given_name"), BlockingKeyPart.On("surname")),
            BlockingRule.On("names swapped", new BlockingKeyPart("given_name", "surname", KeyTransform.Value), new BlockingKeyPart("surname", "given_name", KeyTransform.Value)),
            BlockingRule.On("surname+postcode", BlockingKeyPart.On("surname"), BlockingKeyPart.On("postcode")),
            BlockingRule.On("given+postcode", BlockingKeyPart.On("given_name"), BlockingKeyPart.On("postcode")),
            BlockingRule.On("suburb+street_number", BlockingKeyPart.On("suburb"), BlockingKeyPart.On("street_number")),
        ],
        [
            BlockingRule.On("train:date_of_birth", BlockingKeyPart.On("date_of_birth")),
            BlockingRule.On("train:given+surname", BlockingKeyPart.On("given_name"), BlockingKeyPart.On("surname")),
            BlockingRule.On("train:soc_sec_id", BlockingKeyPart.On("soc_sec_id")),
        ]);

    /// <summary>Runs the evaluation on the two files of <paramref name="directory"/>.</summary>
    /// <exception cref="FileNotFoundException">When a file is missing.</exception>
    public static Result Run(string directory, double matchThreshold = 0.99, double reviewThreshold = 0.5)
    {
        var tokens = new TokenTable();
        var (left, leftIds) = Read(Path.Combine(directory, "dataset4a.csv"), tokens);
        var (right, rightIds) = Read(Path.Combine(directory, "dataset4b.csv"), tokens);
        var linker = new Linker(Spec, left, right);
        var model = linker.Train();
        var rows = Enumerable.Range(0, left.Count).ToArray();
        var scored = linker.Score(rows, model, 5);
        var outcomes = OneToOneAssignment.Decide(scored, matchThreshold, reviewThreshold);
        var rightEntity = rightIds.Select(Entity).ToArray();
        var metrics = MatchMetrics.Compute(outcomes.Select((o, i) =>
        {
            var truth = Entity(leftIds[i]);
            return ((string?)(rightEntity.Contains(truth, StringComparer.Ordinal) ? truth : null), o.Status, o.Right >= 0 ? rightEntity[o.Right] : null);
        }));
        return new Result(metrics, model, linker.TrainingLog);
    }

    /// <summary>"rec-12-dup-0" and "rec-12-org" are the same entity "rec-12".</summary>
    private static string Entity(string recId)
    {
        var parts = recId.Split('-');
        return parts.Length >= 2 ? parts[0] + "-" + parts[1] : recId;
    }

    private static (LinkageTable Table, List<string> Ids) Read(string path, TokenTable tokens)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"FEBRL file not found: {path}", path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        var csv = new CsvReader(reader);
        var header = csv.ReadRecord() ?? throw new InvalidDataException($"{path}: empty file");
        var at = header.Select((h, i) => (h.Trim(), i)).ToDictionary(x => x.Item1, x => x.i, StringComparer.Ordinal);
        int Col(string name) => at.TryGetValue(name, out var i) ? i : throw new InvalidDataException($"{path}: no column '{name}'");
        var given = new TextColumn("given_name", tokens);
        var surname = new TextColumn("surname", tokens);
        var dob = new DigitsColumn("date_of_birth");
        var ssn = new DigitsColumn("soc_sec_id");
        var number = new CodeColumn("street_number", tokens);
        var address = new TextColumn("address_1", tokens);
        var suburb = new TextColumn("suburb", tokens);
        var postcode = new DigitsColumn("postcode");
        var state = new CodeColumn("state", tokens);
        var ids = new List<string>();
        while (csv.ReadRecord() is { } cells)
        {
            if (cells.Length == 0) continue;
            string Cell(string name) => Col(name) < cells.Length ? cells[Col(name)].Trim() : string.Empty;
            ids.Add(Cell("rec_id"));
            given.Add(Cell("given_name"));
            surname.Add(Cell("surname"));
            dob.Add(Cell("date_of_birth"));
            ssn.Add(Cell("soc_sec_id"));
            number.Add(Cell("street_number"));
            address.Add(Cell("address_1"));
            suburb.Add(Cell("suburb"));
            postcode.Add(Cell("postcode"));
            state.Add(Cell("state"));
        }
        return (new LinkageTable([given, surname, dob, ssn, number, address, suburb, postcode, state]), ids);
    }

    /// <summary>One line for a console.</summary>
    public static string Format(MatchMetrics m) => string.Create(CultureInfo.InvariantCulture,
        $"FEBRL4 rows {m.Rows}  matched {m.Matched}  review {m.Review} ({m.ReviewShare:P2})  precision {m.Precision:F4}  recall {m.Recall:F4}  F1 {m.F1:F4}");
}
