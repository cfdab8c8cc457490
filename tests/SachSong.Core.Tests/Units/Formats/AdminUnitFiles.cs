using SachSong.Core.Units.Formats;

namespace SachSong.Core.Tests.Units.Formats;

/// <summary>The reference files under shared/data/admin-units, each parsed once for the whole test class.</summary>
public sealed class AdminUnitFiles
{
    private readonly Lazy<UnitFile> _dvhcvn = Load("pre2025/dvhcvn_v20250301/dvhcvn.json");
    private readonly Lazy<UnitFile> _thanglequocV2 = Load("pre2025/thanglequoc_v2.4.1/mongo_data_vn_unit.json");
    private readonly Lazy<UnitFile> _thanglequocV3 = Load("post2025/thanglequoc_v3.0.2/full_json_generated_data_vn_units.json");
    private readonly Lazy<UnitFile> _thanglequocV4 = Load("post2025/thanglequoc_v4.2.0/full_json_generated_data_vn_units_2026-07-25__20_49_07.json");
    private readonly Lazy<UnitFile> _merges = Load("mapping/dvhcvn-20250701/merges.json");
    private readonly Lazy<UnitFile> _splits = Load("mapping/dvhcvn-20250701/splits.json");
    private readonly Lazy<UnitFile> _dispatch915 = Load("post2025/dvhcvn-20250701_gso-dispatches/915_CTK-CSCL.csv");
    private readonly Lazy<UnitFile> _dispatch1027 = Load("post2025/dvhcvn-20250701_gso-dispatches/1027_CTK-CSCL.md");

    public UnitFile Dvhcvn => _dvhcvn.Value;
    public UnitFile ThanglequocV2 => _thanglequocV2.Value;
    public UnitFile ThanglequocV3 => _thanglequocV3.Value;
    public UnitFile ThanglequocV4 => _thanglequocV4.Value;
    public UnitFile Merges => _merges.Value;
    public UnitFile Splits => _splits.Value;
    public UnitFile Dispatch915 => _dispatch915.Value;
    public UnitFile Dispatch1027 => _dispatch1027.Value;

    // The skip raised by SharedData.PathOf when ../shared is absent is cached too, so every test using the file is skipped.
    private static Lazy<UnitFile> Load(string relative) => new(() =>
    {
        var path = SharedData.PathOf("admin-units/" + relative);
        using var stream = File.OpenRead(path);
        return UnitFileReader.Read(Path.GetFileName(path), stream);
    });
}
