namespace SachSong.App.Tests.Indicators;

/// <summary>A clock that says what the test tells it, in Vietnam's time zone (UTC+7), so "today" is the day officials see.</summary>
internal sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => Vietnam;

    /// <summary>09:00 in Vietnam on <paramref name="day"/>.</summary>
    public static FakeClock On(DateOnly day) => new(new DateTimeOffset(day, new TimeOnly(9, 0), TimeSpan.FromHours(7)));

    public void MoveTo(DateOnly day) => Now = new DateTimeOffset(day, new TimeOnly(9, 0), TimeSpan.FromHours(7));
}
