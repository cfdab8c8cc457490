using System.Text;
using SachSong.Core.Register;

namespace SachSong.Core.Synthetic;

/// <summary>
/// Name frequencies for a Central Vietnamese province. Family names follow the national shares (Nguyễn ≈ 38%, Trần ≈ 11%,
/// Lê ≈ 9.5%…), with the Central spellings Huỳnh and Võ far ahead of Hoàng and Vũ. Middle names depend on sex and on
/// the generation: "Văn" and "Thị" are less common among the young. Names are stored in the new tone style ("Hòa").
/// </summary>
internal static class VietnameseNames
{
    public static WeightedChoice<string> Family { get; } = Table(
    [
        ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Huỳnh", 42), ("Hoàng", 8), ("Phan", 45),
        ("Võ", 33), ("Vũ", 6), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10), ("Lý", 5),
        ("Đào", 9), ("Đoàn", 10), ("Vương", 4), ("Trương", 12), ("Lâm", 6), ("Mai", 7), ("Tô", 4), ("Tạ", 4),
        ("Châu", 5), ("Lương", 6), ("Cao", 7), ("Đinh", 9), ("Hà", 6), ("Lưu", 4), ("Thái", 4), ("Tăng", 3),
        ("Kiều", 2), ("Quách", 2), ("Triệu", 1), ("La", 1),
    ]);

    private static readonly WeightedChoice<string> MaleMiddle = Table(
    [
        ("Đức", 40), ("Minh", 60), ("Thanh", 45), ("Quốc", 40), ("Công", 45), ("Hữu", 45), ("Ngọc", 30), ("Xuân", 25),
        ("Tấn", 55), ("Đình", 35), ("Quang", 40), ("Bá", 20), ("Trung", 20), ("Hoàng", 25), ("Anh", 25), ("Gia", 25),
        ("Nhật", 20), ("Thành", 25), ("Phước", 15), ("Kim", 8), ("Tuấn", 12), ("Duy", 20), ("Bảo", 20),
    ]);

    private static readonly WeightedChoice<string> FemaleMiddle = Table(
    [
        ("Ngọc", 60), ("Thanh", 40), ("Minh", 30), ("Thu", 40), ("Kim", 40), ("Mỹ", 35), ("Bích", 30), ("Thùy", 30),
        ("Hồng", 30), ("Phương", 25), ("Bảo", 25), ("Khánh", 20), ("Diệu", 15), ("Hoài", 15), ("Thúy", 15), ("Xuân", 20),
        ("Lệ", 15), ("Tường", 10), ("Quỳnh", 15), ("Hải", 10), ("Cẩm", 12),
    ]);

    private static readonly WeightedChoice<string> MaleGiven = Table(
    [
        ("Hùng", 30), ("Dũng", 28), ("Tuấn", 30), ("Hải", 25), ("Nam", 25), ("Sơn", 22), ("Long", 22), ("Minh", 28),
        ("Phúc", 18), ("Quang", 18), ("Hòa", 16), ("Thành", 20), ("Trung", 18), ("Cường", 18), ("Hiếu", 15), ("Khoa", 10),
        ("Phong", 12), ("Bình", 15), ("Tâm", 12), ("Thắng", 14), ("Việt", 10), ("Đức", 12), ("Huy", 18), ("Khang", 10),
        ("Bảo", 12), ("Tài", 10), ("Lộc", 10), ("Toàn", 10), ("Vinh", 12), ("Tú", 8), ("Hiệp", 8), ("Anh", 15),
        ("Tín", 6), ("Nhân", 8), ("Tùng", 10), ("Thịnh", 8), ("Kiên", 6), ("Lâm", 6), ("Hưng", 10), ("Phát", 8),
        ("Thuận", 8), ("Quý", 8), ("Thụy", 4), ("Duy", 10), ("Hoàng", 10), ("Đạt", 12), ("Ba", 4), ("Tư", 3),
        ("Hóa", 4), ("Thủy", 3), ("Lợi", 6), ("Sang", 6), ("Trí", 8), ("Khải", 4), ("Quân", 10), ("Nghĩa", 8),
    ]);

    private static readonly WeightedChoice<string> FemaleGiven = Table(
    [
        ("Lan", 25), ("Hương", 25), ("Hằng", 22), ("Mai", 22), ("Linh", 25), ("Thảo", 25), ("Trang", 28), ("Ngọc", 18),
        ("Thủy", 22), ("Hoa", 20), ("Nhung", 16), ("Hạnh", 16), ("Vy", 15), ("Hà", 18), ("Anh", 18), ("Phương", 18),
        ("Dung", 14), ("Hiền", 16), ("Loan", 12), ("Nga", 14), ("Oanh", 10), ("Tuyết", 10), ("Yến", 14), ("Nhi", 16),
        ("Trâm", 10), ("Quyên", 8), ("Thu", 12), ("Xuân", 10), ("Hồng", 14), ("Liên", 10), ("Huyền", 16), ("Diệu", 6),
        ("Uyên", 10), ("Vân", 12), ("Thúy", 14), ("Thùy", 10), ("Hòa", 10), ("Ly", 8), ("My", 10), ("Hoài", 6),
        ("Tâm", 8), ("Châu", 6), ("Hậu", 6), ("Sen", 4), ("Cúc", 5), ("Lệ", 8), ("Thoa", 5), ("Thụy", 3),
        ("Hòe", 2), ("Quỳnh", 10), ("Giang", 10), ("Duyên", 10), ("Ánh", 8),
    ]);

    /// <summary>A family name at its national frequency.</summary>
    public static string FamilyName(SyntheticRandom random) => Family.Sample(random);

    /// <summary>Middle and given name for a person of <paramref name="sex"/> born in <paramref name="birthYear"/>.</summary>
    public static string MiddleAndGiven(Sex sex, int birthYear, SyntheticRandom random)
    {
        var female = sex == Sex.Female;
        // Văn and Thị were near universal for the old generations and have become a minority among the young.
        var traditional = female
            ? birthYear < 1970 ? 0.80 : birthYear < 1990 ? 0.62 : birthYear < 2005 ? 0.42 : 0.25
            : birthYear < 1970 ? 0.65 : birthYear < 1990 ? 0.45 : birthYear < 2005 ? 0.28 : 0.15;
        var middles = female ? FemaleMiddle : MaleMiddle;
        var given = (female ? FemaleGiven : MaleGiven).Sample(random);
        string middle;
        if (random.Chance(traditional))
        {
            middle = female ? "Thị" : "Văn";
            // "Thị Mỹ Linh", "Thị Thu Hằng": a second word after Thị is common for women.
            if (female && random.Chance(0.15)) middle = middle + " " + Distinct(middles, given, random);
        }
        else
        {
            middle = Distinct(middles, given, random);
            if (random.Chance(female ? 0.08 : 0.04))
            {
                var second = Distinct(middles, given, random);
                if (!string.Equals(second, middle, StringComparison.Ordinal)) middle = middle + " " + second;
            }
        }
        return middle + " " + given;
    }

    private static string Distinct(WeightedChoice<string> table, string given, SyntheticRandom random)
    {
        for (var i = 0; i < 5; i++)
        {
            var m = table.Sample(random);
            if (!string.Equals(m, given, StringComparison.Ordinal)) return m;
        }
        return table.Items[0];
    }

    private static WeightedChoice<string> Table((string Name, double Weight)[] rows) =>
        new(rows.Select(r => (r.Name.Normalize(NormalizationForm.FormC), r.Weight)).ToList());
}
