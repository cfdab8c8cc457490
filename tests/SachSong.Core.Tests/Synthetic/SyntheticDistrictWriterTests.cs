using System.Globalization;
using SachSong.Core.Register;
using SachSong.Core.Synthetic;
using SachSong.Core.Text;

namespace SachSong.Core.Tests.Synthetic;

public sealed class SyntheticDistrictWriterTests
{
    private static readonly SyntheticDistrict District =
        SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = 2_000, Seed = 3 });

    [Fact]
    public void Write_District_WritesRegisterChangesAndTwoFilesPerList()
    {
        var files = SyntheticSamples.Files(District);

        var expected = new[] { "register.csv", "changes.csv" }
            .Concat(SyntheticPrograms.All.SelectMany(p => new[] { $"lists/{p}.csv", $"lists/{p}.truth.csv" }))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, files.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Write_District_HeadersAreExactlyAsSpecified()
    {
        var files = SyntheticSamples.Files(District);

        var headers = files.ToDictionary(f => f.Key, f => f.Value[..f.Value.IndexOf('\n', StringComparison.Ordinal)], StringComparer.Ordinal);

        Assert.Equal(
            ("personal_id,full_name,birth_date,sex,commune_code,address,deceased,death_date,household_code,relation_to_head,legacy_id,id_card_type,id_card_issued_on,eid_level,eid_authenticated_on,eid_activated_on",
             "personal_id,kind,occurred_on,from_commune_code,to_commune_code,details",
             "row_id,personal_id,full_name,birth_date,sex,commune_code",
             "row_id,true_personal_id,errors"),
            (headers["register.csv"], headers["changes.csv"], headers["lists/workers.csv"], headers["lists/meritorious.truth.csv"]));
    }

    [Fact]
    public void Write_District_WritesOneLinePerRecordAndRow()
    {
        var files = SyntheticSamples.Files(District);

        var counts = files.ToDictionary(f => f.Key, f => ReadAll(f.Value).Count - 1, StringComparer.Ordinal);

        var expected = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["register.csv"] = District.Citizens.Count,
            ["changes.csv"] = District.Changes.Count,
        };
        foreach (var list in District.Lists)
        {
            expected[$"lists/{list.Program}.csv"] = list.Rows.Count;
            expected[$"lists/{list.Program}.truth.csv"] = list.Rows.Count;
        }
        Assert.Equal(expected, counts);
    }

    [Fact]
    public void Write_List_RoundTripsRowsAndTruth()
    {
        var files = SyntheticSamples.Files(District);
        var list = District.Lists.Single(l => l.Program == SyntheticPrograms.SocialProtection);

        var rows = ReadAll(files["lists/social_protection.csv"]).Skip(1).ToList();
        var truth = ReadAll(files["lists/social_protection.truth.csv"]).Skip(1).ToList();

        var read = rows.Zip(truth, (r, t) => new SyntheticListRow(r[0], r[1], r[2], r[3], r[4], r[5], t[1].Length == 0 ? null : t[1],
            t[2].Length == 0 ? [] : t[2].Split(';'))).ToList();
        Assert.Equal(list.Rows.Select(Flatten), read.Select(Flatten));
    }

    [Fact]
    public void Write_Changes_UseLowerCaseKindsAndVietnameseDates()
    {
        var files = SyntheticSamples.Files(District);

        var changes = ReadAll(files["changes.csv"]).Skip(1).ToList();

        Assert.All(changes, c => Assert.True(
            c[1] is "birth" or "death" or "move" or "correction"
            && DateOnly.TryParseExact(c[2], "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)));
    }

    [Fact]
    public void Write_District_DisposesEveryWriter()
    {
        var writers = new List<TrackingWriter>();

        SyntheticDistrictWriter.Write(District, _ =>
        {
            var w = new TrackingWriter();
            writers.Add(w);
            return w;
        });

        Assert.All(writers, w => Assert.True(w.Disposed));
    }

    [Fact]
    public void KindName_EveryKind_HasAName() =>
        Assert.All(Enum.GetValues<RegisterChangeKind>(), k => Assert.False(string.IsNullOrEmpty(RegisterChangeFormat.KindName(k))));

    private static string Flatten(SyntheticListRow r) =>
        string.Join('|', r.RowId, r.PersonalId, r.FullName, r.BirthDate, r.Sex, r.CommuneCode, r.TruePersonalId ?? "<null>", string.Join(';', r.Errors));

    private static List<string[]> ReadAll(string text)
    {
        var reader = new CsvReader(new StringReader(text));
        var records = new List<string[]>();
        while (reader.ReadRecord() is { } r) records.Add(r);
        return records;
    }

    private sealed class TrackingWriter() : StringWriter(CultureInfo.InvariantCulture)
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
