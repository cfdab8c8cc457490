namespace SachSong.Core.Text;

/// <summary>
/// How Vietnamese text was encoded before it reached us: proper Unicode, or one of the pre-Unicode
/// 8-bit encodings still found in old government spreadsheets and CSV files.
/// </summary>
public enum LegacyEncoding
{
    /// <summary>Already Unicode (or plain ASCII): nothing to convert.</summary>
    Unicode = 0,

    /// <summary>TCVN3 / ABC (fonts <c>.VnTime</c>, <c>.VnArial</c>, …), TCVN 5712:1993; decoded with the VN1 table.</summary>
    Tcvn3,

    /// <summary>VNI-Windows (fonts <c>VNI-Times</c>, …): a base letter followed by a "diacritic" byte; not a code page.</summary>
    Vni,

    /// <summary>VISCII (RFC 1456), a full 1-byte encoding that also uses C0 control positions.</summary>
    Viscii,

    /// <summary>Windows-1258: precomposed base letters plus combining tone marks.</summary>
    Windows1258,
}
