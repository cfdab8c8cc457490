using System.Globalization;

namespace SachSong.Core.Units.Formats;

/// <summary>Collects what a reader finds in one file, rejects conflicting duplicates and builds the <see cref="UnitFile"/>.</summary>
internal sealed class UnitFileBuilder(string fileName)
{
    private readonly List<AdministrativeUnit> _units = [];
    private readonly Dictionary<(string Version, UnitLevel Level, string Code), (AdministrativeUnit Unit, string Location)> _seen = [];
    private readonly List<UnitMapping> _mappings = [];
    private readonly List<string> _warnings = [];

    public string FileName => fileName;

    /// <summary>Adds a unit; the same unit again (e.g. a province repeated on every row) is ignored.</summary>
    /// <exception cref="UnitFileFormatException">When the code was already used for a different unit.</exception>
    public void AddUnit(AdministrativeUnit unit, string location)
    {
        var key = (unit.Version, unit.Level, unit.Code);
        if (_seen.TryGetValue(key, out var earlier))
        {
            if (earlier.Unit == unit) return;
            throw Error(location, $"mã {UnitCodes.LevelWord(unit.Level)} {unit.Code} ('{unit.Name}') đã dùng cho '{earlier.Unit.Name}' ở {earlier.Location}");
        }
        _seen.Add(key, (unit, location));
        _units.Add(unit);
    }

    public void AddMapping(UnitMapping mapping) => _mappings.Add(mapping);

    public void Warn(string? location, string message) =>
        _warnings.Add(location is null ? message : string.Create(CultureInfo.InvariantCulture, $"{location}: {message}"));

    /// <summary>An exception to throw, naming this file.</summary>
    public UnitFileFormatException Error(string? location, string problem, Exception? innerException = null) =>
        new(fileName, location, problem, innerException);

    /// <summary>
    /// The type of a unit from what the file declares and what its name says. The name wins when they disagree
    /// (GSO types "Phường 5" of Quận Phú Nhuận as "Xã"), with a warning.
    /// </summary>
    /// <exception cref="UnitFileFormatException">When neither gives a type.</exception>
    public string ResolveType(string? declared, string name, UnitLevel level, string location)
    {
        var fromName = UnitNames.TypeFromName(name, level);
        var stated = string.IsNullOrWhiteSpace(declared) ? null : UnitNames.CanonicalType(declared);
        if (fromName is null)
            return stated ?? throw Error(location, $"không xác định được loại đơn vị của '{name}'");
        if (stated is not null && !string.Equals(stated, fromName, StringComparison.Ordinal))
            Warn(location, $"'{name}' được ghi loại '{stated}' nhưng tên cho thấy '{fromName}'; dùng '{fromName}'");
        return fromName;
    }

    public UnitFile Build(string format) => new(format, _units.AsReadOnly(), _mappings.AsReadOnly(), _warnings.AsReadOnly());

    public int UnitCount => _units.Count;
}
