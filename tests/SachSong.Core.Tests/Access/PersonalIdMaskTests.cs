using SachSong.Core.Access;

namespace SachSong.Core.Tests.Access;

public sealed class PersonalIdMaskTests
{
    [Theory]
    [InlineData("051089252653", "0xx…xx2653")]
    [InlineData("123456789", "1xx…xx6789")]
    [InlineData("1234", "xx…xx")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Mask_KeepsTheFirstDigitAndTheLastFour(string? id, string expected) => Assert.Equal(expected, PersonalIdMask.Mask(id));

    [Theory]
    [InlineData(Role.Police, true)]
    [InlineData(Role.Bank, true)]
    [InlineData(Role.TaskForceDistrict, false)]
    [InlineData(Role.TaskForceCommune, false)]
    [InlineData(Role.LabourOffice, false)]
    [InlineData(Role.Viewer, false)]
    public void For_OnlyRolesThatNeedIdsSeeThemWhole(Role role, bool whole) =>
        Assert.Equal(whole ? "051089252653" : "0xx…xx2653", PersonalIdMask.For(role, "051089252653"));
}
