using System.Globalization;
using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.Core.Synthetic;

/// <summary>
/// Writes a synthetic district as CSV files: <c>register.csv</c>, <c>changes.csv</c>, and for each program
/// <c>lists/&lt;program&gt;.csv</c> with its ground truth <c>lists/&lt;program&gt;.truth.csv</c>.
/// </summary>
public static class SyntheticDistrictWriter
{
    /// <summary>Header of a list file.</summary>
    public static IReadOnlyList<string> ListHeaders { get; } =
        ["row_id", "personal_id", "full_name", "birth_date", "sex", "commune_code"];

    /// <summary>Header of a truth file; errors are separated by ';'.</summary>
    public static IReadOnlyList<string> TruthHeaders { get; } = ["row_id", "true_personal_id", "errors"];

    /// <summary>
    /// Writes every file through a writer that <paramref name="open"/> returns for its relative path (with '/' as
    /// separator, e.g. "lists/workers.csv"); each writer is disposed once its file is written.
    /// </summary>
    public static void Write(SyntheticDistrict district, Func<string, TextWriter> open)
    {
        ArgumentNullException.ThrowIfNull(district);
        ArgumentNullException.ThrowIfNull(open);

        using (var writer = open("register.csv"))
        {
            var csv = new CsvWriter(writer);
            csv.WriteRecord([.. RegisterFormat.RequiredHeaders, .. RegisterFormat.OptionalHeaders]);
            foreach (var citizen in district.Citizens)
                csv.WriteRecord(RegisterFormat.ToCells(citizen, RegisterFormat.AllColumns));
        }

        using (var writer = open("changes.csv"))
        {
            var csv = new CsvWriter(writer);
            csv.WriteRecord([.. RegisterChangeFormat.Headers]);
            foreach (var change in district.Changes)
            {
                csv.WriteRecord(
                    change.PersonalId,
                    RegisterChangeFormat.KindName(change.Kind),
                    change.OccurredOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                    change.FromCommuneCode,
                    change.ToCommuneCode,
                    change.Details);
            }
        }

        foreach (var list in district.Lists)
        {
            using (var writer = open("lists/" + list.Program + ".csv"))
            {
                var csv = new CsvWriter(writer);
                csv.WriteRecord([.. ListHeaders]);
                foreach (var row in list.Rows)
                    csv.WriteRecord(row.RowId, row.PersonalId, row.FullName, row.BirthDate, row.Sex, row.CommuneCode);
            }
            using (var writer = open("lists/" + list.Program + ".truth.csv"))
            {
                var csv = new CsvWriter(writer);
                csv.WriteRecord([.. TruthHeaders]);
                foreach (var row in list.Rows)
                    csv.WriteRecord(row.RowId, row.TruePersonalId, string.Join(';', row.Errors));
            }
        }
    }
}
