using SachSong.Core.Indicators;

namespace SachSong.App.Indicators;

/// <summary>An indicator a user added: numerator and denominator as lists of element codes (comma-separated here).</summary>
public sealed class CustomIndicatorRecord
{
    private CustomIndicatorRecord() { }

    public CustomIndicatorRecord(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        Code = indicator.Code;
        NameVi = indicator.Name.Vietnamese;
        NameEn = indicator.Name.English;
        HeaderVi = indicator.Header.Vietnamese;
        HeaderEn = indicator.Header.English;
        Numerator = string.Join(',', indicator.Numerator);
        Denominator = string.Join(',', indicator.Denominator);
        Decimals = indicator.Decimals;
        TargetPercent = indicator.TargetPercent;
        Deadline = indicator.Deadline;
        Direction = indicator.Direction;
    }

    public string Code { get; private set; } = "";
    public string NameVi { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public string HeaderVi { get; private set; } = "";
    public string HeaderEn { get; private set; } = "";
    public string Numerator { get; private set; } = "";
    public string Denominator { get; private set; } = "";
    public int Decimals { get; private set; }
    public decimal? TargetPercent { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public IndicatorDirection Direction { get; private set; }

    public Indicator ToIndicator() => new(Code, new BilingualText(NameVi, NameEn), new BilingualText(HeaderVi, HeaderEn),
        Numerator.Split(',', StringSplitOptions.RemoveEmptyEntries), Denominator.Split(',', StringSplitOptions.RemoveEmptyEntries),
        Decimals, TargetPercent, Deadline, Direction);
}
