using SachSong.Core.Synthetic;

namespace SachSong.Core.Tests.Synthetic;

/// <summary>Districts shared by the synthetic-data tests, generated once per test run.</summary>
internal static class SyntheticSamples
{
    public static readonly DateOnly AsOf = new(2024, 12, 31);

    private static readonly Lazy<SyntheticDistrict> Twenty = new(() =>
        SyntheticDistrictGenerator.Generate(new SyntheticOptions { People = 20_000, Seed = 2024 }));

    /// <summary>20,000 people with the default options.</summary>
    public static SyntheticDistrict District => Twenty.Value;

    /// <summary>Every file the writer produces, by relative path.</summary>
    public static Dictionary<string, string> Files(SyntheticDistrict district)
    {
        var writers = new Dictionary<string, StringWriter>(StringComparer.Ordinal);
        SyntheticDistrictWriter.Write(district, path =>
        {
            var w = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            writers.Add(path, w);
            return w;
        });
        return writers.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
    }
}
