namespace SachSong.Core.Synthetic;

/// <summary>
/// Builds a synthetic population register of Huyện Bình Sơn (Quảng Ngãi) and sectoral lists drawn from it with known
/// errors, as test data for record matching. Everyone in it is invented. The same options give the same district:
/// the generator uses its own random number generator (not <see cref="Random"/>, whose algorithm may change), one
/// stream per concern, and never lets the order of a hash set or dictionary decide anything.
/// </summary>
public static class SyntheticDistrictGenerator
{
    /// <exception cref="ArgumentNullException">When <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When an option is out of range (see <see cref="SyntheticOptions"/>).</exception>
    public static SyntheticDistrict Generate(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var population = new PopulationBuilder(options).Build();
        var lists = new ListBuilder(options, population).Build();
        return new SyntheticDistrict(population.Citizens, population.Changes, lists);
    }
}
