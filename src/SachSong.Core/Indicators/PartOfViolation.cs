using System.Globalization;

namespace SachSong.Core.Indicators;

/// <summary>
/// A reported value above the value of the element it is part of (paid by account above beneficiaries, cards issued
/// above the children counted): the figures of that unit and period are rejected until corrected.
/// </summary>
/// <param name="Part">The element whose value is too large.</param>
/// <param name="Value">Its value.</param>
/// <param name="Whole">The element it is part of (its nearest ancestor that has a value).</param>
/// <param name="WholeValue">The whole's value.</param>
public sealed record PartOfViolation(DataElement Part, long Value, DataElement Whole, long WholeValue)
{
    /// <summary>What is wrong, with both names and numbers, e.g. "“Đã cấp” … (1.250) lớn hơn … (1.200)".</summary>
    public BilingualText Message
    {
        get
        {
            var vi = CultureInfo.GetCultureInfo("vi-VN");
            var en = CultureInfo.GetCultureInfo("en-GB");
            return new BilingualText(
                string.Create(vi, $"{Part.Name.Vietnamese} ({Value:N0}) lớn hơn {Whole.Name.Vietnamese} ({WholeValue:N0}): số liệu thành phần không được vượt số liệu tổng."),
                string.Create(en, $"{Part.Name.English} ({Value:N0}) is more than {Whole.Name.English} ({WholeValue:N0}): a part cannot exceed its whole."));
        }
    }

    public override string ToString() => Message.Vietnamese;
}
