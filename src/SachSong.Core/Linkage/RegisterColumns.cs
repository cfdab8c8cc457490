namespace SachSong.Core.Linkage;

/// <summary>Column names of the register (right) and list (left) tables in the Vietnamese register configuration.</summary>
public static class RegisterColumns
{
    public const string PersonalId = "personal_id";
    public const string LegacyId = "legacy_id";
    public const string FullName = "full_name";
    public const string BirthDate = "birth_date";
    public const string Sex = "sex";
    public const string CommuneCode = "commune_code";
}
