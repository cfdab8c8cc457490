using System.Text;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Register;
using SachSong.App.Storage;
using SachSong.Core.Synthetic;
using SachSong.Core.Units;

namespace SachSong.App.Demo;

/// <summary>The synthetic demo district (Huyện Bình Sơn): generated into an empty register on first run, with its lists as files.</summary>
public sealed class DemoDistrict(Database database, TimeProvider clock)
{
    /// <summary>Where the demo's list files are written, under the data folder.</summary>
    public string ListFolder => Path.Combine(database.Settings.DataFolder, "demo");

    /// <summary>Generates and loads the district when the register is empty; returns the people loaded (0 when it was not empty).</summary>
    public async Task<int> LoadIfEmptyAsync(int people, int seed, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await using (var db = database.CreateContext())
            if (await db.Citizens.AnyAsync(cancellationToken)) return 0;
        var district = SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = people, Seed = seed });
        var written = await new ImportRegister(database, clock).WriteRecordsAsync(district.Citizens, CatalogVersion.ThreeTier.Id, progress, cancellationToken);
        await new RecordChanges(database, clock).ExecuteAsync(district.Changes, cancellationToken);
        WriteFiles(district, ListFolder);
        return written;
    }

    /// <summary>Writes register.csv, changes.csv and lists/&lt;program&gt;.csv (+ .truth.csv) into <paramref name="directory"/>.</summary>
    public static void WriteFiles(SyntheticDistrict district, string directory)
    {
        Directory.CreateDirectory(directory);
        SyntheticDistrictWriter.Write(district, relative =>
        {
            var path = Path.Combine(directory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        });
    }
}
