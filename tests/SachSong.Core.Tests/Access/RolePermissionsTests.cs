using SachSong.Core.Access;

namespace SachSong.Core.Tests.Access;

public sealed class RolePermissionsTests
{
    [Fact]
    public void Code_EveryRole_RoundTripsThroughItsCode()
    {
        foreach (var role in Enum.GetValues<Role>())
            Assert.Equal(role, RolePermissions.FromCode(RolePermissions.Code(role)));
    }

    [Fact]
    public void FromCode_UnknownCode_IsNull() => Assert.Null(RolePermissions.FromCode("superuser"));

    [Fact]
    public void Viewer_SeesReportsButNoPersonalData()
    {
        Assert.True(RolePermissions.Allows(Role.Viewer, Permission.ViewReports));
        Assert.False(RolePermissions.Allows(Role.Viewer, Permission.ViewRegister));
        Assert.False(RolePermissions.Allows(Role.Viewer, Permission.ViewLists));
    }

    [Fact]
    public void OnlyTheProvinceAdministrator_ManagesUsersAndReadsTheAuditLog()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            Assert.Equal(role == Role.ProvinceAdmin, RolePermissions.Allows(role, Permission.ManageUsers));
            Assert.Equal(role == Role.ProvinceAdmin, RolePermissions.Allows(role, Permission.ViewAudit));
        }
    }

    [Fact]
    public void EveryRole_HasAVietnameseAndAnEnglishName()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            Assert.False(string.IsNullOrWhiteSpace(RolePermissions.Vietnamese(role)));
            Assert.False(string.IsNullOrWhiteSpace(RolePermissions.English(role)));
        }
    }
}
