using System.Globalization;
using SachSong.Core.Text;

namespace SachSong.Core.Register;

/// <summary>
/// The register CSV/Excel format: header names (English and the Vietnamese headers people use), reading a row into a
/// <see cref="CitizenRecord"/> with a problem for every bad value, and writing a record back.
/// </summary>
public static class RegisterFormat
{
    /// <summary>Contract header names, in file order.</summary>
    public static IReadOnlyList<string> RequiredHeaders { get; } =
        ["personal_id", "full_name", "birth_date", "sex", "commune_code", "address", "deceased"];

    /// <summary>Header names of the optional columns, in the order <see cref="RegisterColumn"/> lists them.</summary>
    public static IReadOnlyList<string> OptionalHeaders { get; } =
    [
        "death_date", "household_code", "relation_to_head", "legacy_id", "id_card_type", "id_card_issued_on",
        "eid_level", "eid_authenticated_on", "eid_activated_on",
    ];

    private static readonly Dictionary<string, RegisterColumn> Aliases = BuildAliases();

    /// <summary>Which column a header names, or null. Case, diacritics, spaces and underscores are ignored.</summary>
    public static RegisterColumn? ColumnOf(string? header) =>
        Aliases.TryGetValue(HeaderKey(header), out var c) ? c : null;

    /// <summary>Maps a header row to column positions; the message lists required columns that are missing.</summary>
    public static ParseResult<Dictionary<RegisterColumn, int>> MapHeader(IReadOnlyList<string?> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var map = new Dictionary<RegisterColumn, int>();
        for (var i = 0; i < header.Count; i++)
            if (ColumnOf(header[i]) is { } c && !map.ContainsKey(c)) map[c] = i;
        var missing = Enumerable.Range(0, RequiredHeaders.Count).Select(i => (RegisterColumn)i)
            .Where(c => !map.ContainsKey(c) && c != RegisterColumn.Address && c != RegisterColumn.Deceased)
            .Select(c => RequiredHeaders[(int)c]).ToList();
        return missing.Count == 0
            ? ParseResult<Dictionary<RegisterColumn, int>>.Ok(map)
            : ParseResult<Dictionary<RegisterColumn, int>>.Fail($"Thiếu cột: {string.Join(", ", missing)}");
    }

    /// <summary>
    /// Reads one data row. Returns the record, or null with at least one problem added to <paramref name="problems"/>.
    /// </summary>
    /// <param name="cells">The row's cells.</param>
    /// <param name="map">Column positions from <see cref="MapHeader"/>.</param>
    /// <param name="header">The header row as written (for messages).</param>
    /// <param name="location">File, sheet and row for messages.</param>
    /// <param name="today">Dates after it are rejected.</param>
    /// <param name="communeExists">Whether a 5-digit commune code is in the register's catalogue.</param>
    /// <param name="problems">Where problems are added.</param>
    /// <param name="textEncoding">
    /// Legacy encoding of the file's text columns when known (see <see cref="LegacyText.DetectMany"/>); with
    /// <see cref="LegacyEncoding.Unicode"/> each name is still checked on its own, converted when it is plainly legacy text,
    /// and rejected with a message when it looks legacy but cannot be converted.
    /// </param>
    public static CitizenRecord? ReadRow(
        IReadOnlyList<string?> cells,
        IReadOnlyDictionary<RegisterColumn, int> map,
        IReadOnlyList<string?> header,
        (string File, string? Sheet, int Row) location,
        DateOnly today,
        Func<string, bool> communeExists,
        List<RowProblem> problems,
        LegacyEncoding textEncoding = LegacyEncoding.Unicode)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(communeExists);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;

        string Cell(RegisterColumn c) => map.TryGetValue(c, out var i) && i < cells.Count ? VietnameseText.Clean(cells[i]) : string.Empty;
        void Problem(RegisterColumn c, string message) =>
            problems.Add(new RowProblem(location.File, location.Sheet, location.Row,
                map.TryGetValue(c, out var i) && i < header.Count ? header[i] ?? ColumnName(c) : ColumnName(c), message));
        DateOnly? OptionalDate(RegisterColumn c)
        {
            var text = Cell(c);
            if (text.Length == 0) return null;
            var parsed = DateParser.Parse(text, today);
            if (!parsed.Success) { Problem(c, parsed.Error!); return null; }
            if (parsed.Value.Precision != DatePrecision.Day) { Problem(c, $"Cần ngày đầy đủ dd/MM/yyyy: '{text}'"); return null; }
            return parsed.Value.Earliest;
        }

        PersonalId? id = null;
        switch (PersonalId.Parse(Cell(RegisterColumn.PersonalId)))
        {
            case PersonalIdParse.Valid v: id = v.Id; break;
            case PersonalIdParse.Legacy l: Problem(RegisterColumn.PersonalId, $"'{l.Number}' là số CMND 9 chữ số cũ, sổ dân cư cần số định danh 12 chữ số"); break;
            case PersonalIdParse.Missing: Problem(RegisterColumn.PersonalId, "Thiếu số định danh"); break;
            case PersonalIdParse.Invalid i: Problem(RegisterColumn.PersonalId, i.Reason); break;
            default: throw new InvalidOperationException();
        }

        string Text(RegisterColumn c)
        {
            var raw = Cell(c);
            if (raw.Length == 0) return raw;
            if (textEncoding != LegacyEncoding.Unicode) return VietnameseText.Clean(LegacyText.ToUnicode(raw, textEncoding));
            var repaired = LegacyText.Repair(raw);
            if (repaired.Success) return VietnameseText.Clean(repaired.Value);
            Problem(c, repaired.Error!);
            return raw;
        }

        var name = Text(RegisterColumn.FullName);
        if (name.Length == 0) Problem(RegisterColumn.FullName, "Thiếu họ và tên");
        else if (name.Any(char.IsAsciiDigit)) Problem(RegisterColumn.FullName, $"Họ và tên chứa chữ số: '{name}'");

        PartialDate? birth = null;
        var birthParsed = DateParser.Parse(Cell(RegisterColumn.BirthDate), today);
        if (birthParsed.Success) birth = birthParsed.Value;
        else Problem(RegisterColumn.BirthDate, birthParsed.Error!);

        Sex? sex = null;
        var sexParsed = SexText.Parse(Cell(RegisterColumn.Sex));
        if (sexParsed.Success) sex = sexParsed.Value;
        else Problem(RegisterColumn.Sex, sexParsed.Error!);

        if (id is not null)
        {
            if (sex is not null && sex != id.Sex)
                Problem(RegisterColumn.Sex, $"Giới tính {sex.Value.ToVietnamese()} không khớp với số định danh (số cho biết {id.Sex.ToVietnamese()})");
            if (birth is not null && birth.Value.Year != id.BirthYear)
                Problem(RegisterColumn.BirthDate, $"Năm sinh {birth.Value.Year} không khớp với số định danh (số cho biết {id.BirthYear})");
        }

        var commune = Cell(RegisterColumn.CommuneCode);
        if (commune.Length is > 0 and < 5 && commune.All(char.IsAsciiDigit)) commune = commune.PadLeft(5, '0');
        if (commune.Length == 0) Problem(RegisterColumn.CommuneCode, "Thiếu mã xã");
        else if (commune.Length != 5 || !commune.All(char.IsAsciiDigit)) Problem(RegisterColumn.CommuneCode, $"Mã xã phải có 5 chữ số: '{commune}'");
        else if (!communeExists(commune)) Problem(RegisterColumn.CommuneCode, $"Mã xã '{commune}' không có trong danh mục đơn vị hành chính");

        var address = Text(RegisterColumn.Address);

        var deceased = false;
        switch (VietnameseText.AccentFreeKey(Cell(RegisterColumn.Deceased)))
        {
            case "" or "0" or "khong" or "false" or "no": break;
            case "1" or "co" or "true" or "x" or "yes" or "da mat": deceased = true; break;
            default: Problem(RegisterColumn.Deceased, $"Giá trị '{Cell(RegisterColumn.Deceased)}' không hợp lệ (0 hoặc 1)"); break;
        }
        var deathDate = OptionalDate(RegisterColumn.DeathDate);
        if (deathDate is not null) deceased = true;
        if (deathDate is not null && birth is not null && deathDate < birth.Value.Earliest)
            Problem(RegisterColumn.DeathDate, "Ngày mất trước ngày sinh");

        var legacy = Cell(RegisterColumn.LegacyId);
        if (legacy.Length > 0 && (legacy.Length != 9 || !legacy.All(char.IsAsciiDigit)))
            Problem(RegisterColumn.LegacyId, $"Số CMND cũ phải có 9 chữ số: '{legacy}'");

        IdCardType? cardType = VietnameseText.AccentFreeKey(Cell(RegisterColumn.IdCardType)) switch
        {
            "" => null,
            "cccd" or "1" or "can cuoc cong dan" => Register.IdCardType.Cccd,
            "can cuoc" or "2" or "cancuoc" => Register.IdCardType.CanCuoc,
            var other => Invalid(RegisterColumn.IdCardType, $"Loại thẻ '{other}' không hợp lệ (CCCD hoặc Căn cước)"),
        };
        var cardIssued = OptionalDate(RegisterColumn.IdCardIssuedOn);

        var eid = Cell(RegisterColumn.EidLevel) switch
        {
            "" or "0" => EidLevel.None,
            "1" => EidLevel.Level1,
            "2" => EidLevel.Level2,
            var other => InvalidEid(other),
        };
        var authenticated = OptionalDate(RegisterColumn.EidAuthenticatedOn);
        var activated = OptionalDate(RegisterColumn.EidActivatedOn);

        if (problems.Count > before) return null;
        return new CitizenRecord
        {
            PersonalId = id!.Value,
            FullName = name,
            BirthDate = birth!.Value,
            Sex = sex!.Value,
            CommuneCode = commune,
            Address = address,
            IsDeceased = deceased,
            DeathDate = deathDate,
            HouseholdCode = NullIfEmpty(Cell(RegisterColumn.HouseholdCode)),
            RelationToHead = NullIfEmpty(Cell(RegisterColumn.RelationToHead)),
            LegacyIdNumber = NullIfEmpty(legacy),
            IdCardType = cardType,
            IdCardIssuedOn = cardIssued,
            EidLevel = eid,
            EidAuthenticatedOn = authenticated,
            EidActivatedOn = activated,
        };

        IdCardType? Invalid(RegisterColumn c, string message)
        {
            Problem(c, message);
            return null;
        }

        EidLevel InvalidEid(string value)
        {
            Problem(RegisterColumn.EidLevel, $"Mức định danh '{value}' không hợp lệ (0, 1 hoặc 2)");
            return EidLevel.None;
        }
    }

    /// <summary>The cells of a record in the order of <paramref name="columns"/>.</summary>
    public static string[] ToCells(CitizenRecord r, IReadOnlyList<RegisterColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(columns);
        var cells = new string[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            cells[i] = columns[i] switch
            {
                RegisterColumn.PersonalId => r.PersonalId,
                RegisterColumn.FullName => r.FullName,
                RegisterColumn.BirthDate => r.BirthDate.ToString(),
                RegisterColumn.Sex => r.Sex.ToVietnamese(),
                RegisterColumn.CommuneCode => r.CommuneCode,
                RegisterColumn.Address => r.Address,
                RegisterColumn.Deceased => r.IsDeceased ? "1" : "0",
                RegisterColumn.DeathDate => Date(r.DeathDate),
                RegisterColumn.HouseholdCode => r.HouseholdCode ?? "",
                RegisterColumn.RelationToHead => r.RelationToHead ?? "",
                RegisterColumn.LegacyId => r.LegacyIdNumber ?? "",
                RegisterColumn.IdCardType => r.IdCardType switch { Register.IdCardType.Cccd => "CCCD", Register.IdCardType.CanCuoc => "Căn cước", _ => "" },
                RegisterColumn.IdCardIssuedOn => Date(r.IdCardIssuedOn),
                RegisterColumn.EidLevel => ((int)r.EidLevel).ToString(CultureInfo.InvariantCulture),
                RegisterColumn.EidAuthenticatedOn => Date(r.EidAuthenticatedOn),
                RegisterColumn.EidActivatedOn => Date(r.EidActivatedOn),
                _ => throw new ArgumentOutOfRangeException(nameof(columns)),
            };
        }
        return cells;
    }

    /// <summary>Header name of a column.</summary>
    public static string ColumnName(RegisterColumn column) =>
        (int)column < RequiredHeaders.Count ? RequiredHeaders[(int)column] : OptionalHeaders[(int)column - RequiredHeaders.Count];

    /// <summary>All columns: the seven required then the optional ones.</summary>
    public static IReadOnlyList<RegisterColumn> AllColumns { get; } = Enum.GetValues<RegisterColumn>();

    /// <summary>The seven contract columns.</summary>
    public static IReadOnlyList<RegisterColumn> ContractColumns { get; } = AllColumns.Take(7).ToList();

    private static string Date(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static string HeaderKey(string? header) =>
        VietnameseText.AccentFreeKey(header).Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);

    private static Dictionary<string, RegisterColumn> BuildAliases()
    {
        var aliases = new Dictionary<string, RegisterColumn>(StringComparer.Ordinal);
        void Add(RegisterColumn c, params string[] names)
        {
            foreach (var n in names) aliases[HeaderKey(n)] = c;
        }
        Add(RegisterColumn.PersonalId, "personal_id", "Số định danh", "Số định danh cá nhân", "Số CCCD", "Số ĐDCN", "Số căn cước");
        Add(RegisterColumn.FullName, "full_name", "Họ và tên", "Họ tên");
        Add(RegisterColumn.BirthDate, "birth_date", "Ngày sinh", "Ngày tháng năm sinh");
        Add(RegisterColumn.Sex, "sex", "Giới tính");
        Add(RegisterColumn.CommuneCode, "commune_code", "Mã xã", "Mã phường xã", "Mã ĐVHC");
        Add(RegisterColumn.Address, "address", "Địa chỉ", "Nơi thường trú");
        Add(RegisterColumn.Deceased, "deceased", "Đã mất", "Đã chết");
        Add(RegisterColumn.DeathDate, "death_date", "Ngày mất");
        Add(RegisterColumn.HouseholdCode, "household_code", "Số hộ", "Mã hộ");
        Add(RegisterColumn.RelationToHead, "relation_to_head", "Quan hệ với chủ hộ", "Quan hệ chủ hộ");
        Add(RegisterColumn.LegacyId, "legacy_id", "Số CMND");
        Add(RegisterColumn.IdCardType, "id_card_type", "Loại thẻ");
        Add(RegisterColumn.IdCardIssuedOn, "id_card_issued_on", "Ngày cấp thẻ", "Ngày cấp");
        Add(RegisterColumn.EidLevel, "eid_level", "Mức định danh điện tử", "Mức định danh");
        Add(RegisterColumn.EidAuthenticatedOn, "eid_authenticated_on", "Ngày xác thực");
        Add(RegisterColumn.EidActivatedOn, "eid_activated_on", "Ngày kích hoạt");
        return aliases;
    }
}
