using SachSong.Core.Indicators;
using SachSong.Core.Register;
using SachSong.Core.Text;
using static SachSong.Core.Indicators.BuiltInIndicators;
using static SachSong.Core.Tests.Indicators.RegisterCountsPeople;

namespace SachSong.Core.Tests.Indicators;

public sealed class RegisterCountsTests
{
    private static readonly DateOnly D = new(2024, 11, 15);

    [Fact]
    public void Count_OnSixthBirthday_ChildIsSixToFourteenNotUnderSix()
    {
        var counts = Count(D, Born(2018, 11, 15), Born(2018, 11, 16), Born(2018, 11, 16));

        Assert.Equal((2L, 1L), (counts.Value(ChildrenUnder6Total), counts.Value(Children6To14Total)));
    }

    [Fact]
    public void Count_OnFourteenthBirthday_CardHolderLeavesTheChildrenAndCountsForTheEid()
    {
        var card = new DateOnly(2024, 8, 1);
        var turning = Born(2010, 11, 15) with { IdCardIssuedOn = card };
        var dayYounger = Born(2010, 11, 16) with { IdCardIssuedOn = card };

        var counts = Count(D, turning, dayYounger);

        Assert.Equal((1L, 1L, 1L), (counts.Value(Children6To14Total), counts.Value(Children6To14CardsIssued), counts.Value(EidCardsIssued)));
    }

    [Fact]
    public void Count_BornAfterTheDate_IsNotCounted()
    {
        var counts = Count(D, Born(2024, 11, 15), Born(2024, 11, 16));

        Assert.Equal(1, counts.Value(ChildrenUnder6Total));
    }

    [Fact]
    public void Count_DiedAfterTheDate_StillCountsAsAliveButDiedOnOrBeforeItDoesNot()
    {
        var counts = Count(D,
            Born(2020, 1, 1) with { IsDeceased = true, DeathDate = D.AddDays(1) },
            Born(2020, 1, 1) with { IsDeceased = true, DeathDate = D },
            Born(2020, 1, 1) with { IsDeceased = true, DeathDate = D.AddYears(-1) },
            Born(2020, 1, 1) with { IsDeceased = true },
            Born(2020, 1, 1));

        Assert.Equal(2, counts.Value(ChildrenUnder6Total));
    }

    [Fact]
    public void Count_CardIssuedAfterTheDate_IsNotCountedAndACardWithoutDateIs()
    {
        var counts = Count(D,
            Born(2020, 1, 1) with { IdCardType = IdCardType.CanCuoc, IdCardIssuedOn = D.AddDays(1) },
            Born(2020, 1, 1) with { IdCardType = IdCardType.CanCuoc, IdCardIssuedOn = D },
            Born(2020, 1, 1) with { IdCardType = IdCardType.CanCuoc },
            Born(2020, 1, 1));

        Assert.Equal((4L, 2L), (counts.Value(ChildrenUnder6Total), counts.Value(ChildrenUnder6CardsIssued)));
    }

    [Fact]
    public void Count_AdultCards_CountOnlyForPeopleFourteenAndOverAlive()
    {
        var card = new DateOnly(2021, 5, 1);
        var counts = Count(D,
            Born(1980, 1, 1) with { IdCardType = IdCardType.Cccd, IdCardIssuedOn = card },
            Born(1940, 1, 1) with { IdCardType = IdCardType.Cccd, IdCardIssuedOn = card },
            Born(1940, 1, 1) with { IdCardType = IdCardType.Cccd, IdCardIssuedOn = card, IsDeceased = true, DeathDate = new DateOnly(2023, 1, 1) },
            Born(1980, 1, 1),
            Born(2015, 1, 1) with { IdCardIssuedOn = new DateOnly(2024, 9, 1) });

        Assert.Equal((2L, 1L), (counts.Value(EidCardsIssued), counts.Value(Children6To14CardsIssued)));
    }

    [Fact]
    public void Count_Eid_AuthenticatedOnOrBeforeTheDateAtLevelTwoOnly()
    {
        CountedPerson Adult(EidLevel level, DateOnly? authenticated) =>
            Born(1990, 1, 1) with { IdCardIssuedOn = new DateOnly(2021, 1, 1), EidLevel = level, EidAuthenticatedOn = authenticated };

        var counts = Count(D,
            Adult(EidLevel.Level2, D),
            Adult(EidLevel.Level2, D.AddDays(1)),
            Adult(EidLevel.Level2, null),
            Adult(EidLevel.Level1, new DateOnly(2023, 1, 1)),
            Adult(EidLevel.None, null));

        Assert.Equal(2, counts.Value(EidAuthenticated));
    }

    [Fact]
    public void Count_Activated_OnlyOfTheAuthenticatedAndOnOrBeforeTheDate()
    {
        CountedPerson Adult(DateOnly? authenticated, DateOnly? activated) => Born(1990, 1, 1) with
        {
            IdCardIssuedOn = new DateOnly(2021, 1, 1),
            EidLevel = EidLevel.Level2,
            EidAuthenticatedOn = authenticated,
            EidActivatedOn = activated,
        };

        var counts = Count(D,
            Adult(new DateOnly(2023, 1, 1), D),
            Adult(new DateOnly(2023, 1, 1), D.AddDays(1)),
            Adult(new DateOnly(2023, 1, 1), null),
            Adult(D.AddDays(1), D),
            Adult(null, new DateOnly(2023, 2, 1)));

        Assert.Equal((4L, 2L), (counts.Value(EidAuthenticated), counts.Value(EidActivated)));
    }

    [Fact]
    public void Count_WorkingAge_FromTheFifteenthBirthdayUntilRetirementAge()
    {
        // 2024: men retire at 61, women at 56 years 4 months (Decree 135/2020).
        var counts = Count(D,
            Born(2009, 11, 15), Born(2009, 11, 16),
            Born(1963, 11, 15, Sex.Male), Born(1963, 11, 16, Sex.Male),
            Born(1968, 7, 15, Sex.Female), Born(1968, 7, 16, Sex.Female));

        Assert.Equal(3, counts.Value(WorkersWorkingAge));
    }

    [Fact]
    public void Count_SameCodeInTwoCatalogueVersions_KeepsThemApart()
    {
        var builder = new RegisterSnapshotBuilder();
        builder.Add("2025-03", "21040", Born(2020, 1, 1));
        builder.Add("2025-07", "21040", Born(2020, 1, 1));
        builder.Add("2025-07", "21040", Born(2021, 1, 1));
        builder.Add("2025-03", "21043", Born(2019, 1, 1));

        var counts = RegisterCounter.Count(builder.Build(), D);

        Assert.Equal((1L, 2L, 1L), (counts.Get(new("2025-03", "21040"), ChildrenUnder6Total),
            counts.Get(new("2025-07", "21040"), ChildrenUnder6Total), counts.Get(new("2025-03", "21043"), ChildrenUnder6Total)));
    }

    [Fact]
    public void ToFigures_OneVersion_GivesEveryElementOfItsCommunesInCodeOrder()
    {
        var builder = new RegisterSnapshotBuilder();
        builder.Add("2025-03", "21043", Born(2019, 1, 1));
        builder.Add("2025-07", "21040", Born(2020, 1, 1));
        builder.Add("2025-03", "21040", Born(1950, 1, 1) with { IsDeceased = true, DeathDate = new DateOnly(2020, 1, 1) });
        var quarter = Period.OfQuarter(2024, 4);

        var figures = RegisterCounter.Count(builder.Build(), quarter.End).ToFigures(quarter, "2025-03");

        Assert.Equal(RegisterCounts.Elements.Select(e => ("21040", e, 0L)).Concat(RegisterCounts.Elements.Select(e => ("21043", e, e == ChildrenUnder6Total ? 1L : 0L))),
            figures.Select(f => (f.UnitCode, f.ElementCode, f.Value)));
        Assert.All(figures, f => Assert.Equal(quarter, f.Period));
    }

    [Fact]
    public void Get_CommuneNobodyLivesIn_IsZero() =>
        Assert.Equal(0, Count(D, Born(2020, 1, 1)).Get(new RegisterCommune("2025-03", "99999"), ChildrenUnder6Total));

    [Fact]
    public void Get_ElementTheRegisterDoesNotKnow_Throws() =>
        Assert.Throws<ArgumentException>(() => Count(D, Born(2020, 1, 1)).Value(WorkersFormsCollected));

    [Fact]
    public void Count_EmptyRegister_HasNoCommunesAndNoFigures()
    {
        var counts = RegisterCounter.Count(RegisterSnapshot.Empty, D);

        Assert.Equal((0, 0), (counts.Communes.Count, counts.ToFigures(Period.OfYear(2024), "2025-03").Count));
    }

    [Fact]
    public void Elements_AreBuiltInDataElements() =>
        Assert.All(RegisterCounts.Elements, e => Assert.Contains(BuiltInIndicators.Elements, d => d.Code == e));

    [Fact]
    public void Add_AfterBuild_Throws()
    {
        var builder = new RegisterSnapshotBuilder();
        builder.Build();

        Assert.Throws<InvalidOperationException>(() => builder.Add("2025-03", "21040", Born(2020, 1, 1)));
    }

    [Fact]
    public void Add_UndefinedSex_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RegisterSnapshotBuilder().Add("2025-03", "21040", Born(2020, 1, 1, (Sex)0)));

    [Fact]
    public void CommuneOf_Person_IsTheCommuneTheyWereAddedWith()
    {
        var builder = new RegisterSnapshotBuilder(1);
        builder.Add("2025-03", "21040", Born(2020, 1, 1));
        builder.Add("2025-07", "21061", Born(new PartialDate(1950)));

        Assert.Equal(new RegisterCommune("2025-07", "21061"), builder.Build().CommuneOf(1));
    }
}
