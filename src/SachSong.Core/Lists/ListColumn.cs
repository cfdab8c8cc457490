namespace SachSong.Core.Lists;

/// <summary>What a column of an official list holds, whatever its header says.</summary>
public enum ListColumn
{
    /// <summary>A column nobody needs for matching (dân tộc, số tiền, chữ ký…); kept in the row's cells.</summary>
    Other = 0,

    /// <summary>STT: the row's number in the list.</summary>
    RowNumber,

    /// <summary>Số định danh cá nhân / số CCCD / số ĐDCN (12 digits; a column labelled "CMND/CCCD" lands here too).</summary>
    PersonalId,

    /// <summary>Số CMND: the old 9-digit identity card number.</summary>
    LegacyId,

    /// <summary>Họ và tên (or its parts "Họ đệm" | "Tên", joined in column order).</summary>
    FullName,

    /// <summary>Ngày sinh / ngày tháng năm sinh, as typed (often only the year).</summary>
    BirthDate,

    /// <summary>Năm sinh, in a column of its own.</summary>
    BirthYear,

    /// <summary>Giới tính.</summary>
    Sex,

    /// <summary>Nơi thường trú / địa chỉ / nơi ở hiện tại (not quê quán, not nơi sinh).</summary>
    Residence,

    /// <summary>Thôn, tổ dân phố, ấp, khu phố, xóm, bản…</summary>
    Village,

    /// <summary>Xã, phường, thị trấn (or "Đơn vị").</summary>
    Commune,

    /// <summary>Mã xã / mã ĐVHC.</summary>
    CommuneCode,

    /// <summary>Ghi chú.</summary>
    Note,
}
