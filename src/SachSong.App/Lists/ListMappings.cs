using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SachSong.App.Lists.Reading;
using SachSong.App.Storage;
using SachSong.Core.Lists;
using SachSong.Core.Text;

namespace SachSong.App.Lists;

/// <summary>
/// Shows how a list file's columns would be read by <see cref="ImportList"/> right now (the mapping saved for its
/// template, else the detected one) and lets the user correct it once: point at the header's rows, and say what some
/// columns hold. A correction is checked against the file, saved for the template, and used by every later import of
/// the same layout.
/// </summary>
public sealed class ListMappings(Database database, TimeProvider clock)
{
    /// <summary>Data rows shown under a mapping.</summary>
    public const int PreviewRows = 5;

    /// <summary>The mapping an import would use for each sheet of <paramref name="path"/> (or only <paramref name="sheet"/>), with a preview.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public async Task<ListMappingResult> ShowAsync(string path, string? sheet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fileName = Path.GetFileName(path);
        var grids = ListFileReader.ReadSheets(path);
        if (!grids.Success) return Refuse(grids.Error!);
        var chosen = Choose(fileName, grids.Value, sheet, single: false);
        if (!chosen.Success) return Refuse(chosen.Error!);

        var templates = await LoadTemplatesAsync(cancellationToken);
        var views = new List<SheetMappingView>();
        var skipped = new List<SkippedSheet>();
        foreach (var grid in chosen.Value)
        {
            if (grid.Rows.All(r => r.IsBlank))
            {
                skipped.Add(new SkippedSheet(grid.Name, "trang trống"));
                continue;
            }
            var resolved = ListHeaderDetector.Resolve(grid, templates.Select(t => t.Mapping).ToList());
            if (resolved.Success) views.Add(View(fileName, grid, resolved.Value.Mapping, resolved.Value.Source, templates));
            else skipped.Add(new SkippedSheet(grid.Name, resolved.Error!));
        }
        return new ListMappingResult.Shown(views, skipped);
    }

    /// <summary>
    /// Applies <paramref name="correction"/> to one sheet of <paramref name="path"/> and saves the mapping for its
    /// template, so the next import of the same layout reads it so. The header is re-mapped at the rows given (else
    /// the mapping an import would use now is the starting point), then each column's role is set. Nothing is saved
    /// unless every part is valid and the mapping <see cref="ColumnMapping.Validate">validates</see>. Saved mappings
    /// of other templates that would also fit this sheet are removed, so the correction is the one an import picks.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="correction"/> changes nothing.</exception>
    public async Task<ListMappingResult> CorrectAsync(string path, ListMappingCorrection correction, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(correction);
        ArgumentNullException.ThrowIfNull(user);
        if (correction.IsEmpty) throw new ArgumentException("A correction needs header rows or a column role.", nameof(correction));
        var fileName = Path.GetFileName(path);
        var grids = ListFileReader.ReadSheets(path);
        if (!grids.Success) return Refuse(grids.Error!);
        var chosen = Choose(fileName, grids.Value, correction.Sheet, single: true);
        if (!chosen.Success) return Refuse(chosen.Error!);
        var grid = chosen.Value[0];
        var where = Where(fileName, grid.Name);
        if (grid.Rows.All(r => r.IsBlank)) return Refuse($"{where}: trang trống");

        var templates = await LoadTemplatesAsync(cancellationToken);
        var start = StartingMapping(grid, correction.HeaderRows, templates, where);
        if (!start.Success) return Refuse(start.Error!);
        var problems = new List<string>();
        var columns = start.Value.Columns.ToList();
        var set = new Dictionary<int, string>();
        foreach (var text in correction.Roles)
        {
            var change = ParseRole(text, start.Value, where);
            if (!change.Success)
            {
                problems.Add(change.Error!);
                continue;
            }
            var (column, role, part) = change.Value;
            var letter = ListSheetReader.ColumnLetters(column.Index);
            if (set.TryGetValue(column.Index, out var earlier))
            {
                problems.Add($"{where}, cột {letter}: được gán hai lần ('{earlier}' và '{text.Trim()}')");
                continue;
            }
            set[column.Index] = text.Trim();
            columns[columns.IndexOf(column)] = column with { Column = role, Part = part };
        }
        if (problems.Count > 0) return new ListMappingResult.Refused(problems);

        var mapping = start.Value with { Columns = columns };
        var valid = mapping.Validate();
        if (!valid.Success) return Refuse($"{where}: {valid.Error}");

        var saved = await new ImportList(database, clock).SaveMappingAsync(mapping, user, cancellationToken);
        if (!saved.Success) return Refuse($"{where}: {saved.Message}");
        await RemoveCompetingAsync(grid, mapping.Signature, cancellationToken);
        return new ListMappingResult.Saved(View(fileName, grid, mapping, MappingSource.Saved, await LoadTemplatesAsync(cancellationToken)));
    }

    // The mapping a correction starts from: the header at the rows the user gave, or what an import would use now.
    private static ParseResult<ColumnMapping> StartingMapping(SheetGrid grid, string? headerRows, IReadOnlyList<Template> templates, string where)
    {
        if (headerRows is null)
        {
            var resolved = ListHeaderDetector.Resolve(grid, templates.Select(t => t.Mapping).ToList());
            return resolved.Success
                ? ParseResult<ColumnMapping>.Ok(resolved.Value.Mapping)
                : ParseResult<ColumnMapping>.Fail($"{where}: {resolved.Error}; hãy chỉ ra dòng tiêu đề");
        }
        var rows = new List<int>();
        foreach (var part in headerRows.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 1)
                return ParseResult<ColumnMapping>.Fail($"{where}: dòng tiêu đề '{headerRows}' phải là số dòng từ 1, ví dụ 4 hoặc 4,5");
            rows.Add(row);
        }
        var mapped = ListHeaderDetector.MapAt(grid, rows);
        return mapped.Success ? mapped : ParseResult<ColumnMapping>.Fail($"{where}: {mapped.Error}");
    }

    // "E=birth_date", "5=birth_date:male", "G=other": the header column it names, and its new role and part.
    private static ParseResult<(MappedColumn Column, ListColumn Role, ColumnPart Part)> ParseRole(string text, ColumnMapping mapping, string where)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0) return Fail($"{where}: '{text}' phải có dạng CỘT=VAI_TRÒ, ví dụ E=birth_date hoặc 5=other");
        var columnText = text[..equals].Trim();
        var roleText = text[(equals + 1)..].Trim();

        var index = ColumnIndex(columnText);
        if (index is null) return Fail($"{where}: '{columnText}' không phải cột; dùng chữ cái (E) hoặc số thứ tự từ 1 (5)");
        var letter = ListSheetReader.ColumnLetters(index.Value);
        var column = mapping.Columns.FirstOrDefault(c => c.Index == index.Value);
        if (column is null)
        {
            var last = mapping.Columns.Count == 0 ? 0 : mapping.Columns.Max(c => c.Index);
            return index.Value > last
                ? Fail($"{where}, cột {letter}: ngoài phạm vi tiêu đề (dòng {Rows(mapping)} có các cột A–{ListSheetReader.ColumnLetters(last)})")
                : Fail($"{where}, cột {letter}: ô tiêu đề ở dòng {Rows(mapping)} trống; chỉ gán được cột có tiêu đề");
        }

        var colon = roleText.IndexOf(':', StringComparison.Ordinal);
        var roleName = colon < 0 ? roleText : roleText[..colon];
        if (!ColumnRoles.TryParse(roleName, out ListColumn role))
            return Fail($"{where}, cột {letter}: không có vai trò '{roleName}'; dùng một trong: {string.Join(", ", ColumnRoles.All.Select(ColumnRoles.Name))}");
        ColumnPart part;
        if (colon >= 0)
        {
            var partName = roleText[(colon + 1)..];
            if (!ColumnRoles.TryParse(partName, out part))
                return Fail($"{where}, cột {letter}: không có phần '{partName}'; dùng một trong: {string.Join(", ", Enum.GetValues<ColumnPart>().Select(ColumnRoles.Name))}");
            if (!ColumnRoles.Allows(role, part))
                return Fail($"{where}, cột {letter}: vai trò {ColumnRoles.Name(role)} không có phần {ColumnRoles.Name(part)}");
        }
        else
        {
            // Same role again keeps the part detected for it (a birth date under "Nam" stays the men's); a new role is whole.
            part = role == column.Column ? column.Part : ColumnPart.Whole;
        }
        return ParseResult<(MappedColumn, ListColumn, ColumnPart)>.Ok((column, role, part));

        static ParseResult<(MappedColumn, ListColumn, ColumnPart)> Fail(string message) => ParseResult<(MappedColumn, ListColumn, ColumnPart)>.Fail(message);
    }

    // "E" or "e" → 4, "AB" → 27, "5" → 4; null for anything else (0, "E5", "").
    private static int? ColumnIndex(string text)
    {
        if (text.Length == 0) return null;
        if (text.All(char.IsAsciiDigit))
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n - 1 : null;
        if (text.Length > 3 || !text.All(char.IsAsciiLetter)) return null;
        var index = 0;
        foreach (var c in text.ToUpperInvariant()) index = (index * 26) + (c - 'A' + 1);
        return index - 1;
    }

    private static string Rows(ColumnMapping mapping) => string.Join("–", mapping.HeaderRows.Select(r => r.ToString(CultureInfo.InvariantCulture)));

    private static ParseResult<IReadOnlyList<SheetGrid>> Choose(string fileName, IReadOnlyList<SheetGrid> grids, string? sheet, bool single)
    {
        if (sheet is not null)
        {
            var wanted = sheet.Trim().Normalize(NormalizationForm.FormC);
            var found = grids.FirstOrDefault(g => string.Equals(g.Name?.Trim().Normalize(NormalizationForm.FormC), wanted, StringComparison.OrdinalIgnoreCase));
            if (found is not null) return ParseResult<IReadOnlyList<SheetGrid>>.Ok([found]);
            return grids.All(g => g.Name is null)
                ? ParseResult<IReadOnlyList<SheetGrid>>.Fail($"Tệp '{fileName}' là tệp CSV, không có trang '{sheet}'")
                : ParseResult<IReadOnlyList<SheetGrid>>.Fail($"Tệp '{fileName}' không có trang '{sheet}'; các trang: {Names(grids)}");
        }
        if (!single) return ParseResult<IReadOnlyList<SheetGrid>>.Ok(grids);
        var lists = grids.Where(g => !g.Rows.All(r => r.IsBlank)).ToList();
        return lists.Count == 1
            ? ParseResult<IReadOnlyList<SheetGrid>>.Ok(lists)
            : ParseResult<IReadOnlyList<SheetGrid>>.Fail($"Tệp '{fileName}' có {lists.Count} trang ({Names(lists)}): chọn trang cần sửa");

        static string Names(IEnumerable<SheetGrid> grids) => string.Join(", ", grids.Select(g => $"'{g.Name}'"));
    }

    private static string Where(string fileName, string? sheet) => sheet is null ? $"Tệp '{fileName}'" : $"Tệp '{fileName}', trang '{sheet}'";

    private static SheetMappingView View(string fileName, SheetGrid grid, ColumnMapping mapping, MappingSource source, IReadOnlyList<Template> templates)
    {
        var template = source == MappingSource.Saved
            ? templates.FirstOrDefault(t => string.Equals(t.Row.Signature, mapping.Signature, StringComparison.Ordinal))?.Row
            : null;
        var read = ListSheetReader.Read(fileName, grid, mapping);
        return new SheetMappingView(fileName, grid.Name, mapping, source, template?.UpdatedBy, template?.UpdatedAt,
            mapping.Columns.Select(c => new MappingColumnView(ListSheetReader.ColumnLetters(c.Index), c.Index, c.Header, c.Column, c.Part)).ToList(),
            grid.Rows.Where(r => r.Number >= mapping.DataStartRow && !r.IsBlank).Take(PreviewRows).ToList(),
            read.Rows.Count, read.Rejected.Count, read.Skipped.Count);
    }

    // Saved mappings of other templates that fit this sheet as ImportList's resolution sees it (the detected header's
    // template, or a header at the mapping's own rows): left in place, one of them could be picked before the correction.
    private async Task RemoveCompetingAsync(SheetGrid grid, string signature, CancellationToken cancellationToken)
    {
        var detected = ListHeaderDetector.Detect(grid);
        await using var db = database.CreateContext();
        var others = await db.ListTemplates.Where(t => t.Signature != signature).ToListAsync(cancellationToken);
        var competing = others.Where(t => Deserialize(t) is { } m && m.Validate().Success
            && ((detected.Success && string.Equals(detected.Value.Signature, m.Signature, StringComparison.Ordinal))
                || string.Equals(ListHeaderDetector.SignatureAt(grid, m.HeaderRows), m.Signature, StringComparison.Ordinal))).ToList();
        if (competing.Count == 0) return;
        db.ListTemplates.RemoveRange(competing);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<Template>> LoadTemplatesAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = await db.ListTemplates.AsNoTracking().ToListAsync(cancellationToken);
        return rows.Select(t => Deserialize(t) is { } m ? new Template(t, m) : null).OfType<Template>().ToList();
    }

    private static ColumnMapping? Deserialize(ListTemplate template)
    {
        try
        {
            return JsonSerializer.Deserialize<ColumnMapping>(template.MappingJson);
        }
        catch (JsonException)
        {
            return null; // a template from an older format: ignored, as an import ignores a mapping that does not validate
        }
    }

    private static ListMappingResult.Refused Refuse(string message) => new([message]);

    private sealed record Template(ListTemplate Row, ColumnMapping Mapping);
}
