namespace SachSong.Core.Access;

/// <summary>An action a role may take; <see cref="RolePermissions"/> says which role may take which.</summary>
public enum Permission
{
    /// <summary>Search the register and open a citizen's card (personal data).</summary>
    ViewRegister,
    /// <summary>See personal IDs unmasked.</summary>
    SeeFullPersonalIds,
    /// <summary>Upload and import sectoral lists.</summary>
    ImportLists,
    /// <summary>Run matching rounds.</summary>
    MatchLists,
    /// <summary>See list rows and their results (personal data).</summary>
    ViewLists,
    /// <summary>Correct worklist rows and decide reviews.</summary>
    CorrectRows,
    /// <summary>Enter reported figures.</summary>
    EnterFigures,
    /// <summary>See indicators, rankings and reports (aggregates only).</summary>
    ViewReports,
    /// <summary>Set targets and import unit catalogues and boundaries.</summary>
    ManageIndicators,
    /// <summary>Create users, set roles and scopes, issue API keys.</summary>
    ManageUsers,
    /// <summary>Read the audit log.</summary>
    ViewAudit,
}
