using SachSong.Core.Units;

namespace SachSong.Core.Synthetic;

/// <summary>The 22 communes of Huyện Bình Sơn with their sizes, villages and local rates, fixed by the seed.</summary>
internal static class DistrictProfile
{
    // Relative populations, in the catalogue's order: Thị trấn Châu Ổ, the district seat, is the largest.
    private static readonly double[] Weights =
        [21, 9, 10, 8, 8, 12, 7, 9, 6, 10, 11, 10, 8, 13, 7, 11, 8, 9, 9, 10, 7, 14];

    private static readonly string[] VillageWords =
    [
        "An", "Phước", "Tân", "Phú", "Long", "Mỹ", "Vĩnh", "Hòa", "Đông", "Tây", "Trung", "Thạnh", "Xuân", "Lộc",
        "Thuận", "Hưng", "Khánh", "Lợi", "Điềm", "Châu", "Sơn", "Thủy", "Hải", "Quang", "Thọ", "Diêm", "Vạn", "Lệ",
        "Hà", "Gia", "Nam", "Bắc", "Định", "Liên", "Nhơn", "Yên", "Phổ", "Trì", "Ninh", "Cảnh",
    ];

    /// <summary>The profiles, in catalogue order; village names and rates come from the seed and the commune code.</summary>
    public static IReadOnlyList<CommuneProfile> Build(int seed)
    {
        var communes = BuiltInCatalogue.DistrictCommunes;
        var profiles = new List<CommuneProfile>(communes.Count);
        for (var i = 0; i < communes.Count; i++)
        {
            var code = communes[i].Code;
            var random = new SyntheticRandom(seed, Streams.Commune, ulong.Parse(code, System.Globalization.CultureInfo.InvariantCulture));
            var villageCount = random.Between(3, 8);
            var villages = new List<string>(villageCount);
            while (villages.Count < villageCount)
            {
                var a = random.Pick(VillageWords);
                var b = random.Pick(VillageWords);
                if (string.Equals(a, b, StringComparison.Ordinal)) continue;
                var name = "Thôn " + a + " " + b;
                if (!villages.Contains(name, StringComparer.Ordinal)) villages.Add(name);
            }
            // Only some communes took cards to pre-school children; elsewhere almost none have one.
            var under6 = random.Chance(0.45) ? random.Uniform(0.05, 0.40) : random.Uniform(0, 0.01);
            profiles.Add(new CommuneProfile
            {
                Index = i,
                Code = code,
                Name = communes[i].Name,
                Weight = i < Weights.Length ? Weights[i] : 8,
                Villages = villages,
                CardRateUnder6 = under6,
                CardRate6To13 = random.Uniform(0.20, 0.70),
                CardRate14Plus = random.Uniform(0.85, 0.98),
                EidLevel2Rate = random.Uniform(0.55, 0.90),
                EidActivatedRate = random.Uniform(0.80, 0.97),
            });
        }
        return profiles;
    }
}
