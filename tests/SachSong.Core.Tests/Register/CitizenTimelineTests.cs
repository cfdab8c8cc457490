using SachSong.Core.Register;
using SachSong.Core.Text;

namespace SachSong.Core.Tests.Register;

public sealed class CitizenTimelineTests
{
    private static readonly CitizenRecord Person = new()
    {
        PersonalId = "051080000123",
        FullName = "Nguyễn Văn Hùng",
        BirthDate = new PartialDate(1980, 3, 5),
        Sex = Sex.Male,
        CommuneCode = "21088",
        Address = "Thôn A",
        IsDeceased = true,
        DeathDate = new DateOnly(2024, 6, 1),
    };

    private static readonly RegisterChange[] Changes =
    [
        new("051080000123", RegisterChangeKind.Move, new DateOnly(2022, 1, 10), "21040", "21046"),
        new("051080000123", RegisterChangeKind.Move, new DateOnly(2023, 5, 2), "21046", "21088"),
        new("051080000123", RegisterChangeKind.Death, new DateOnly(2024, 6, 1)),
    ];

    [Theory]
    [InlineData("1979-12-31", false, true, "21040")]
    [InlineData("2021-12-31", true, true, "21040")]
    [InlineData("2022-06-30", true, true, "21046")]
    [InlineData("2024-05-31", true, true, "21088")]
    [InlineData("2024-06-01", true, false, "21088")]
    public void StateOn_PastDates_UndoLaterMovesAndDeaths(string date, bool born, bool alive, string commune) =>
        Assert.Equal(new CitizenState(born, alive, commune),
            CitizenTimeline.StateOn(Person, Changes, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
}
