namespace SachSong.Core.Access;

/// <summary>What a user is in the Project 06 work: decides what they may do; their unit scopes decide where.</summary>
public enum Role
{
    /// <summary>Quản trị cấp tỉnh: users, scopes, audit, everything else.</summary>
    ProvinceAdmin,
    /// <summary>Tổ công tác Đề án 06 cấp tỉnh.</summary>
    TaskForceProvince,
    /// <summary>Tổ công tác Đề án 06 cấp huyện.</summary>
    TaskForceDistrict,
    /// <summary>Tổ công tác Đề án 06 cấp xã: works its commune's cleansing worklist.</summary>
    TaskForceCommune,
    /// <summary>Công an: keeps the register and runs the matching.</summary>
    Police,
    /// <summary>Phòng Lao động – Thương binh và Xã hội: submits beneficiary lists.</summary>
    LabourOffice,
    /// <summary>Hội, đoàn thể: submits member lists.</summary>
    Association,
    /// <summary>Ngân hàng: verifies account owners against the register, system to system.</summary>
    Bank,
    /// <summary>Chỉ xem: indicators and reports, no personal data.</summary>
    Viewer,
}
