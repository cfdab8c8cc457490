using SachSong.Core.Indicators;
using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.Core.Tests.Indicators;

/// <summary>Hand-built registers for the register-count tests: people in one commune unless said otherwise.</summary>
internal static class RegisterCountsPeople
{
    public static readonly RegisterCommune Commune = new("2025-03", "21040");

    public static CountedPerson Born(int year, int month, int day, Sex sex = Sex.Female) =>
        new() { BirthDate = new PartialDate(year, month, day), Sex = sex };

    public static CountedPerson Born(PartialDate birthDate, Sex sex = Sex.Female) => new() { BirthDate = birthDate, Sex = sex };

    public static RegisterSnapshot Snapshot(params CountedPerson[] people)
    {
        var builder = new RegisterSnapshotBuilder();
        foreach (var p in people) builder.Add(Commune.CatalogVersion, Commune.Code, p);
        return builder.Build();
    }

    public static RegisterCounts Count(DateOnly asOf, params CountedPerson[] people) => RegisterCounter.Count(Snapshot(people), asOf);

    public static long Value(this RegisterCounts counts, string elementCode) => counts.Get(Commune, elementCode);

    /// <summary>Every element's count for the commune, in <see cref="RegisterCounts.Elements"/> order.</summary>
    public static long[] Values(this RegisterCounts counts) => RegisterCounts.Elements.Select(e => counts.Get(Commune, e)).ToArray();
}
