namespace SachSong.Core.Units.Formats;

/// <summary>The names <see cref="UnitFileReader"/> gives to the formats it recognises (<see cref="UnitFile.Format"/>).</summary>
public static class UnitFileFormats
{
    /// <summary>daohoangson/dvhcvn <c>dvhcvn.json</c>: the 3-tier catalogue of 01/03/2025.</summary>
    public const string DvhcvnCatalogue = "dvhcvn JSON (3 cấp)";

    /// <summary>thanglequoc/vietnamese-provinces-database v2 <c>mongo_data_vn_unit.json</c>: the 3-tier catalogue.</summary>
    public const string ThanglequocThreeTier = "thanglequoc JSON (3 cấp)";

    /// <summary>thanglequoc/vietnamese-provinces-database v3/v4 JSON: the 2-tier catalogue (provinces with Wards).</summary>
    public const string ThanglequocTwoTier = "thanglequoc JSON (2 cấp)";

    /// <summary>dvhcvn/20250701 <c>merges.json</c>: new unit ← old units, each link full or partial.</summary>
    public const string DvhcvnMerges = "dvhcvn merges.json (mới ← cũ)";

    /// <summary>dvhcvn/20250701 <c>splits.json</c>: old unit → new units.</summary>
    public const string DvhcvnSplits = "dvhcvn splits.json (cũ → mới)";

    /// <summary>Công văn 915/CTK-CSCL as CSV: codes of the 34 provinces from 01/07/2025.</summary>
    public const string Dispatch915 = "Công văn 915/CTK-CSCL (34 tỉnh)";

    /// <summary>Công văn 1027/CTK-CSCL as Markdown tables: codes of the communes from 01/07/2025.</summary>
    public const string Dispatch1027 = "Công văn 1027/CTK-CSCL (cấp xã)";

    /// <summary>The GSO website's Excel export (danhmuchanhchinh.gso.gov.vn), read as rows.</summary>
    public const string GsoExcel = "Xuất Excel GSO";

    /// <summary>The GSO columns saved as CSV.</summary>
    public const string GsoCsv = "CSV theo cột GSO";
}
