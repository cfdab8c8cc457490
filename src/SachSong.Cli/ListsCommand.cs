using System.CommandLine;
using System.Globalization;
using System.Text;
using SachSong.App.Lists;
using SachSong.App.Units;
using SachSong.Core.Linkage;
using SachSong.Core.Lists;
using SachSong.Core.Register;
using SachSong.Core.Text;
using SachSong.Core.Units;
using Spectre.Console;

namespace SachSong.Cli;

/// <summary><c>sachsong lists …</c>: import a sectoral list, match it, give the results back, and the cleansing loop.</summary>
internal static class ListsCommand
{
    public static Command Create(CliContext ctx, Option<string?> databaseOption)
    {
        var lists = new Command("lists", ctx.T("Danh sách chuyên ngành: nạp, đối sánh, trả kết quả, làm sạch", "Sectoral lists: import, match, results, cleansing"));
        var user = new Option<string?>("--user")
        {
            Description = ctx.T("Người thực hiện (mặc định: tên người dùng hệ điều hành)", "Who does it (default: the operating-system user name)"),
            Recursive = true,
        };
        lists.Options.Add(user);
        string Who(ParseResult parse) => parse.GetValue(user) ?? Environment.UserName;
        var listArgument = new Argument<long>("LIST") { Description = ctx.T("Mã số danh sách (in ra khi nạp)", "List number (printed by import)") };

        lists.Subcommands.Add(ImportCommand(ctx, databaseOption, Who));
        lists.Subcommands.Add(MappingCommand(ctx, databaseOption, Who));

        var matchThreshold = new Option<double?>("--match-threshold") { Description = ctx.T("Ngưỡng xác suất để coi là trùng khớp (0–1)", "Match probability threshold for matched (0–1)") };
        var reviewThreshold = new Option<double?>("--review-threshold") { Description = ctx.T("Ngưỡng xác suất để đưa vào cần xem xét (0–1)", "Match probability threshold for review (0–1)") };
        var match = new Command("match", ctx.T("Đối sánh danh sách với sổ dân cư (chỉ các dòng mới hoặc đã sửa)", "Match the list against the register (only new or corrected rows)"))
        {
            listArgument, matchThreshold, reviewThreshold,
        };
        match.SetAction(async (parse, ct) =>
        {
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            var settings = new RegisterMatchSettings();
            if (parse.GetValue(matchThreshold) is { } m) settings = settings with { MatchThreshold = m };
            if (parse.GetValue(reviewThreshold) is { } r) settings = settings with { ReviewThreshold = r };
            var result = await ctx.WithProgressAsync(ctx.T("Đang đối sánh", "Matching"),
                _ => new MatchList(database, ctx.Clock).ExecuteAsync(parse.GetValue(listArgument), Who(parse), settings, ct));
            switch (result)
            {
                case MatchListResult.Completed c:
                    ctx.Console.MarkupLine(ctx.T(
                        $"Đợt {c.Round}: đối sánh {c.Rematched:N0} dòng. Cả danh sách {c.Rows:N0} dòng: [green]{c.Matched:N0} trùng khớp[/], [yellow]{c.Review:N0} cần xem xét[/], [red]{c.Unmatched:N0} chưa trùng khớp[/] ({Rate(c.Matched, c.Rows)}).",
                        $"Round {c.Round}: matched {c.Rematched:N0} rows. Whole list {c.Rows:N0} rows: [green]{c.Matched:N0} matched[/], [yellow]{c.Review:N0} review[/], [red]{c.Unmatched:N0} unmatched[/] ({Rate(c.Matched, c.Rows)})."));
                    await PrintSummaryAsync(ctx, database, parse.GetValue(listArgument), ct);
                    return 0;
                case MatchListResult.NothingChanged n:
                    ctx.Console.MarkupLine(ctx.T($"Không có dòng nào mới hoặc đã sửa kể từ đợt {n.Round}.", $"No new or corrected rows since round {n.Round}."));
                    return 0;
                case MatchListResult.ListNotFound nf:
                    ctx.Fail(ctx.T($"Không có danh sách {nf.ListId}", $"No list {nf.ListId}"));
                    return 2;
                default:
                    throw new InvalidOperationException();
            }
        });
        lists.Subcommands.Add(match);

        var output = new Option<FileInfo>("--out") { Description = ctx.T("Tệp .xlsx đầu ra", "Output .xlsx file"), Required = true };
        var export = new Command("export", ctx.T("Trả kết quả: tệp của đơn vị kèm các cột kết quả và trang tổng hợp theo xã", "Give the results back: the unit's own workbook with result columns and a per-commune summary"))
        {
            listArgument, output,
        };
        export.SetAction(async (parse, ct) =>
        {
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            var path = parse.GetValue(output)!.FullName;
            await using (var stream = File.Create(path))
            {
                if (!await new ExportListWorkbook(database, ctx.Clock).ExecuteAsync(parse.GetValue(listArgument), stream, Who(parse), ct))
                {
                    ctx.Fail(ctx.T($"Không có danh sách {parse.GetValue(listArgument)}", $"No list {parse.GetValue(listArgument)}"));
                    return 2;
                }
            }
            ctx.Console.MarkupLine(ctx.T($"Đã ghi {Markup.Escape(path)}", $"Wrote {Markup.Escape(path)}"));
            return 0;
        });
        lists.Subcommands.Add(export);

        var commune = new Option<string?>("--commune") { Description = ctx.T("Mã xã", "Commune code") };
        var worklist = new Command("worklist", ctx.T("Các dòng chưa trùng khớp hoặc cần xem xét của một xã, kèm dữ liệu trong sổ dân cư", "A commune's unmatched and review rows with the register's values"))
        {
            listArgument, commune,
        };
        worklist.SetAction(async (parse, ct) =>
        {
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            var rows = await new CommuneWorklist(database).ExecuteAsync(parse.GetValue(listArgument), parse.GetValue(commune), ct);
            var table = new Table().AddColumns("#", ctx.T("Dòng", "Row"), ctx.T("Trong danh sách", "In the list"), ctx.T("Kết quả", "Outcome"), ctx.T("Lý do", "Reasons"), ctx.T("Trong sổ dân cư", "In the register"));
            foreach (var r in rows)
            {
                table.AddRow(r.EntryId.ToString(CultureInfo.InvariantCulture), Markup.Escape($"{r.Sheet} {r.RowNumber}".Trim()),
                    Markup.Escape($"{r.Values.PersonalId} | {r.Values.FullName} | {r.Values.BirthDate} | {r.Values.Sex} | {r.Values.CommuneCode}"),
                    ExportListWorkbook.StatusText(r.Status),
                    Markup.Escape(string.Join("; ", r.Reasons.Select(x => ctx.Lang.English ? MatchReasons.English(x) : MatchReasons.Vietnamese(x)))),
                    Markup.Escape(string.Join("\n", r.RegisterCandidates.Select(c => $"{c.PersonalId} | {c.FullName} | {c.BirthDate} | {c.Sex.ToVietnamese()} | {c.CommuneCode}{(c.IsDeceased ? " | đã mất" : "")}"))));
            }
            ctx.Console.Write(table);
            ctx.Console.MarkupLine(ctx.T($"{rows.Count:N0} dòng cần làm sạch.", $"{rows.Count:N0} rows to clean."));
            return 0;
        });
        lists.Subcommands.Add(worklist);

        var entry = new Argument<long>("ROW") { Description = ctx.T("Số # của dòng (trong worklist)", "Row # (from worklist)") };
        var personalId = new Option<string?>("--personal-id") { Description = ctx.T("Số định danh đúng", "Corrected personal ID") };
        var fullName = new Option<string?>("--full-name") { Description = ctx.T("Họ và tên đúng", "Corrected full name") };
        var birthDate = new Option<string?>("--birth-date") { Description = ctx.T("Ngày sinh đúng", "Corrected birth date") };
        var sex = new Option<string?>("--sex") { Description = ctx.T("Giới tính đúng", "Corrected sex") };
        var communeCode = new Option<string?>("--commune-code") { Description = ctx.T("Mã xã đúng", "Corrected commune code") };
        var note = new Option<string?>("--note") { Description = ctx.T("Ghi chú", "Note") };
        var correct = new Command("correct", ctx.T("Sửa một dòng (ghi lại ai sửa, khi nào, giá trị cũ và mới); dòng được đối sánh lại ở đợt sau", "Correct a row (who, when, old and new values are kept); it is re-matched next round"))
        {
            entry, personalId, fullName, birthDate, sex, communeCode, note,
        };
        correct.SetAction(async (parse, ct) =>
        {
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            await using var db = database.CreateContext();
            var current = await db.ListEntries.FindAsync([parse.GetValue(entry)], ct);
            if (current is null)
            {
                ctx.Fail(ctx.T($"Không có dòng {parse.GetValue(entry)}", $"No row {parse.GetValue(entry)}"));
                return 2;
            }
            var v = current.Values;
            var values = v with
            {
                PersonalId = parse.GetValue(personalId) ?? v.PersonalId,
                FullName = parse.GetValue(fullName) ?? v.FullName,
                BirthDate = parse.GetValue(birthDate) ?? v.BirthDate,
                Sex = parse.GetValue(sex) ?? v.Sex,
                CommuneCode = parse.GetValue(communeCode) ?? v.CommuneCode,
            };
            return Report(ctx, await new CorrectListEntry(database, ctx.Clock).CorrectAsync(current.Id, values, Who(parse), parse.GetValue(note), ct));
        });
        lists.Subcommands.Add(correct);

        var person = new Option<string?>("--person") { Description = ctx.T("Số định danh của người đúng", "Personal ID of the right person") };
        var none = new Option<bool>("--not-in-register") { Description = ctx.T("Người này không có trong sổ dân cư", "This person is not in the register") };
        var decide = new Command("decide", ctx.T("Quyết định một dòng cần xem xét", "Decide a review row")) { entry, person, none, note };
        decide.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(person) is null == !parse.GetValue(none))
            {
                ctx.Fail(ctx.T("Cần đúng một trong --person hoặc --not-in-register", "Give exactly one of --person or --not-in-register"));
                return 2;
            }
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            return Report(ctx, await new CorrectListEntry(database, ctx.Clock).DecideAsync(parse.GetValue(entry), parse.GetValue(person), Who(parse), parse.GetValue(note), ct));
        });
        lists.Subcommands.Add(decide);

        var rounds = new Command("rounds", ctx.T("Tỉ lệ trùng khớp theo xã qua các đợt", "Matched rate per commune, round by round")) { listArgument };
        rounds.SetAction(async (parse, ct) =>
        {
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            var rates = await new SummarizeList(database).RoundsAsync(parse.GetValue(listArgument), ct);
            var roundNumbers = rates.Select(r => r.Round).Distinct().Order().ToList();
            var table = new Table().AddColumn(ctx.T("Mã xã", "Commune"));
            foreach (var n in roundNumbers) table.AddColumn(ctx.T($"Đợt {n}", $"Round {n}"));
            foreach (var g in rates.GroupBy(r => r.CommuneCode).OrderBy(g => g.Key, StringComparer.Ordinal))
                table.AddRow([g.Key, .. roundNumbers.Select(n => g.FirstOrDefault(r => r.Round == n) is { } r ? Rate(r.Matched, r.Rows) : "")]);
            ctx.Console.Write(table);
            return 0;
        });
        lists.Subcommands.Add(rounds);

        var counts = new Option<FileInfo>("--counts")
        {
            Description = ctx.T("CSV số liệu của cơ quan: commune,count (xã theo mã hoặc tên)", "The agency's figures as CSV: commune,count (commune code or name)"),
            Required = true,
        };
        var discrepancyOut = new Option<FileInfo?>("--out") { Description = ctx.T("Ghi báo cáo chênh lệch ra CSV", "Write the discrepancy report as CSV") };
        var discrepancy = new Command("discrepancy", ctx.T("Báo cáo chênh lệch: số liệu của cơ quan so với số trùng khớp, kèm các dòng giải thích", "Discrepancy report: the agency's counts against what matched, with the rows that explain it"))
        {
            listArgument, counts, discrepancyOut,
        };
        discrepancy.SetAction(async (parse, ct) =>
        {
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            var agency = await ReadCountsAsync(ctx, database, parse.GetValue(listArgument), parse.GetValue(counts)!.FullName, ct);
            if (agency is null) return 2;
            var lines = await new ListDiscrepancy(database).ExecuteAsync(parse.GetValue(listArgument), agency, ct);
            var table = new Table().AddColumns(ctx.T("Xã", "Commune"), ctx.T("Cơ quan báo cáo", "Agency count"), ctx.T("Dòng", "Rows"), ctx.T("Trùng khớp", "Matched"), ctx.T("Chênh lệch", "Difference"), ctx.T("Dòng giải thích", "Explaining rows"));
            foreach (var l in lines)
                table.AddRow(Markup.Escape(l.CommuneName), l.AgencyCount?.ToString("N0", CultureInfo.CurrentCulture) ?? "—", l.ListRows.ToString("N0", CultureInfo.CurrentCulture),
                    l.Matched.ToString("N0", CultureInfo.CurrentCulture), l.Difference?.ToString("N0", CultureInfo.CurrentCulture) ?? "—", l.Explaining.Count.ToString("N0", CultureInfo.CurrentCulture));
            ctx.Console.Write(table);
            if (parse.GetValue(discrepancyOut) is { } file)
            {
                await using var writer = new StreamWriter(file.FullName, false, new UTF8Encoding(true));
                var csv = new CsvWriter(writer);
                csv.WriteRecord("commune_code", "commune_name", "agency_count", "list_rows", "matched", "difference", "row", "sheet", "row_number", "full_name", "personal_id", "status", "reasons");
                foreach (var l in lines)
                {
                    string?[] head = [l.CommuneCode, l.CommuneName, l.AgencyCount?.ToString(CultureInfo.InvariantCulture), l.ListRows.ToString(CultureInfo.InvariantCulture), l.Matched.ToString(CultureInfo.InvariantCulture), l.Difference?.ToString(CultureInfo.InvariantCulture)];
                    if (l.Explaining.Count == 0) csv.WriteRecord([.. head, "", "", "", "", "", "", ""]);
                    foreach (var r in l.Explaining)
                        csv.WriteRecord([.. head, r.RowKey, r.Sheet, r.RowNumber.ToString(CultureInfo.InvariantCulture), r.FullName, r.PersonalId, ExportListWorkbook.StatusText(r.Status), string.Join("; ", r.Reasons.Select(MatchReasons.Vietnamese))]);
                }
            }
            return 0;
        });
        lists.Subcommands.Add(discrepancy);
        return lists;
    }

    private static Command ImportCommand(CliContext ctx, Option<string?> databaseOption, Func<ParseResult, string> who)
    {
        var file = new Argument<FileInfo>("FILE") { Description = ctx.T("Tệp danh sách .xlsx, .xls hoặc .csv như đơn vị gửi", "The list file as the unit sent it: .xlsx, .xls or .csv") };
        var program = new Option<string>("--program")
        {
            Description = ctx.T($"Chương trình: {string.Join(", ", Programs.BuiltIn)}, hoặc association_…/custom_…", $"Program: {string.Join(", ", Programs.BuiltIn)}, or association_…/custom_…"),
            Required = true,
        };
        var unit = new Option<string>("--unit") { Description = ctx.T("Đơn vị gửi danh sách: mã hoặc tên (\"Xã Bình Long\")", "Submitting unit: code or name (\"Xã Bình Long\")"), Required = true };
        var title = new Option<string?>("--title") { Description = ctx.T("Tên danh sách (mặc định: tên tệp)", "List title (default: the file name)") };
        var list = new Option<long?>("--list") { Description = ctx.T("Nạp thành phiên bản mới của danh sách này", "Import as a new version of this list") };
        var catalogue = new Option<string>("--catalogue")
        {
            Description = ctx.T("Phiên bản danh mục đơn vị hành chính của danh sách", "Administrative-unit catalogue version of the list"),
            DefaultValueFactory = _ => CatalogVersion.ThreeTier.Id,
        };
        var command = new Command("import", ctx.T("Nạp một danh sách chuyên ngành (mọi dòng đều được ghi nhận: nạp, hoặc bị từ chối kèm lý do)", "Import a sectoral list (every row accounted for: imported, or rejected with its reason)"))
        {
            file, program, unit, title, list, catalogue,
        };
        command.SetAction(async (parse, ct) =>
        {
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            await new ImportUnits(database).LoadBuiltInAsync(ct);
            var result = await ctx.WithProgressAsync(ctx.T("Đang nạp danh sách", "Importing the list"),
                _ => new ImportList(database, ctx.Clock).ExecuteAsync(parse.GetValue(file)!.FullName, parse.GetValue(program)!, parse.GetValue(unit)!,
                    parse.GetValue(catalogue)!, parse.GetValue(title), parse.GetValue(list), who(parse), ct));
            switch (result)
            {
                case ImportListResult.Completed c:
                    ctx.Console.MarkupLine(ctx.T(
                        $"Danh sách [bold]{c.ListId}[/], phiên bản {c.Version}: {c.Imported:N0} người ({c.Added:N0} mới, {c.Changed:N0} thay đổi, {c.Removed:N0} bỏ), {c.Rejected.Count:N0} dòng bị từ chối, {c.Skipped.Count:N0} dòng không phải người (tổng, tiêu đề mục), {c.BlankRows:N0} dòng trống.",
                        $"List [bold]{c.ListId}[/], version {c.Version}: {c.Imported:N0} people ({c.Added:N0} new, {c.Changed:N0} changed, {c.Removed:N0} removed), {c.Rejected.Count:N0} rows rejected, {c.Skipped.Count:N0} rows not people (totals, headings), {c.BlankRows:N0} blank rows."));
                    foreach (var sheet in c.Sheets)
                        ctx.Console.MarkupLine(Markup.Escape($"  {sheet.Name ?? "CSV"}: {string.Join(", ", sheet.Columns.Where(col => col.Column != SachSong.Core.Lists.ListColumn.Other).Select(col => $"{col.Header} → {col.Column}"))}"));
                    foreach (var s in c.SkippedSheets) ctx.Console.MarkupLine($"[yellow]{Markup.Escape(s.ToString())}[/]");
                    foreach (var p in c.Rejected.Take(50)) ctx.Error.WriteLine(p.ToString());
                    foreach (var s in c.Skipped.Take(20)) ctx.Console.MarkupLine($"[grey]{Markup.Escape(s.ToString())}[/]");
                    return 0;
                case ImportListResult.Failed f:
                    ctx.Fail(f.Message);
                    return 2;
                default:
                    throw new InvalidOperationException();
            }
        });
        return command;
    }

    private static Command MappingCommand(CliContext ctx, Option<string?> databaseOption, Func<ParseResult, string> who)
    {
        var file = new Argument<FileInfo>("FILE") { Description = ctx.T("Tệp danh sách .xlsx, .xls hoặc .csv", "The list file: .xlsx, .xls or .csv") };
        var sheet = new Option<string?>("--sheet") { Description = ctx.T("Trang cần xem hoặc sửa (mặc định: mọi trang; cần khi sửa tệp nhiều trang)", "Sheet to show or correct (default: every sheet; needed to correct a workbook of several sheets)") };
        var headerRows = new Option<string?>("--header-rows") { Description = ctx.T("Dòng tiêu đề: 4, hoặc 4,5 khi tiêu đề có cột con", "Header rows: 4, or 4,5 for a header with sub-columns") };
        var set = new Option<string[]>("--set")
        {
            Description = ctx.T(
                $"Gán vai trò cho một cột, lặp lại được: CỘT=VAI_TRÒ (E=birth_date, 7=other, D=birth_date:male). Vai trò: {string.Join(", ", ColumnRoles.All.Select(ColumnRoles.Name))}",
                $"Set a column's role, repeatable: COLUMN=ROLE (E=birth_date, 7=other, D=birth_date:male). Roles: {string.Join(", ", ColumnRoles.All.Select(ColumnRoles.Name))}"),
        };
        var by = new Option<string?>("--by") { Description = ctx.T("Người sửa (mặc định: --user, rồi tên người dùng hệ điều hành)", "Who corrects (default: --user, then the operating-system user name)") };
        var command = new Command("mapping", ctx.T(
            "Xem cách đọc cột của một tệp danh sách (mẫu đã lưu hoặc tự nhận ra) và sửa một lần cho mẫu đó",
            "Show how a list file's columns are read (saved template or detected) and correct it once for that template"))
        {
            file, sheet, headerRows, set, by,
        };
        command.SetAction(async (parse, ct) =>
        {
            var database = await ctx.OpenDatabaseAsync(parse.GetValue(databaseOption), ct);
            var path = parse.GetValue(file)!.FullName;
            var correction = new ListMappingCorrection(parse.GetValue(sheet), parse.GetValue(headerRows), parse.GetValue(set) ?? []);
            var mappings = new ListMappings(database, ctx.Clock);
            var result = correction.IsEmpty
                ? await mappings.ShowAsync(path, correction.Sheet, ct)
                : await mappings.CorrectAsync(path, correction, parse.GetValue(by) ?? who(parse), ct);
            switch (result)
            {
                case ListMappingResult.Shown shown:
                    foreach (var view in shown.Sheets) PrintMapping(ctx, view);
                    foreach (var s in shown.SkippedSheets)
                        ctx.Console.MarkupLine($"[yellow]{Markup.Escape(ctx.T($"Trang {s.Name ?? "CSV"}: {s.Reason}. Chỉ ra dòng tiêu đề bằng --header-rows.", $"Sheet {s.Name ?? "CSV"}: {s.Reason}. Point at the header with --header-rows."))}[/]");
                    ctx.Console.MarkupLine(Markup.Escape(ctx.T(
                        "Sửa một lần cho mẫu này: --set CỘT=VAI_TRÒ (ví dụ --set E=birth_date, --set 7=other), --header-rows 4,5 để chỉ ra dòng tiêu đề.",
                        "Correct it once for this template: --set COLUMN=ROLE (e.g. --set E=birth_date, --set 7=other), --header-rows 4,5 to point at the header.")));
                    return 0;
                case ListMappingResult.Saved saved:
                    ctx.Console.MarkupLine($"[green]{Markup.Escape(ctx.T("Đã lưu cách đọc cột cho mẫu này; lần nạp sau của cùng mẫu sẽ dùng nó.", "Saved the column mapping for this template; the next import of the same layout uses it."))}[/]");
                    PrintMapping(ctx, saved.Sheet);
                    return 0;
                case ListMappingResult.Refused refused:
                    foreach (var problem in refused.Problems) ctx.Fail(problem);
                    ctx.Fail(ctx.T("Chưa lưu gì.", "Nothing was saved."));
                    return 2;
                default:
                    throw new InvalidOperationException();
            }
        });
        return command;
    }

    private static void PrintMapping(CliContext ctx, SheetMappingView view)
    {
        string Role(ListColumn role, ColumnPart part) => ctx.Lang.English ? ColumnRoles.English(role, part) : ColumnRoles.Vietnamese(role, part);
        var rows = string.Join(", ", view.Mapping.HeaderRows);
        var source = view.Source == MappingSource.Saved
            ? ctx.T($"theo mẫu đã lưu ({view.SavedBy}, {view.SavedAt?.ToString("g", CultureInfo.CurrentCulture)} UTC)", $"from the saved template ({view.SavedBy}, {view.SavedAt?.ToString("g", CultureInfo.CurrentCulture)} UTC)")
            : ctx.T("tự nhận ra từ tiêu đề, chưa lưu", "detected from the header, not saved yet");
        var where = view.Sheet is null ? ctx.T($"Tệp {view.FileName}", $"File {view.FileName}") : ctx.T($"Tệp {view.FileName}, trang {view.Sheet}", $"File {view.FileName}, sheet {view.Sheet}");
        ctx.Console.MarkupLine(Markup.Escape(ctx.T(
            $"{where}: tiêu đề ở dòng {rows}, dữ liệu từ dòng {view.Mapping.DataStartRow}; cách đọc cột {source}.",
            $"{where}: header on row {rows}, data from row {view.Mapping.DataStartRow}; column mapping {source}.")));
        var columns = new Table().AddColumns(ctx.T("Cột", "Column"), ctx.T("Tiêu đề", "Header"), ctx.T("Đọc là", "Read as"), "--set");
        foreach (var c in view.Columns)
        {
            var role = Markup.Escape(Role(c.Role, c.Part));
            columns.AddRow(c.Letter, Markup.Escape(c.Header), c.Role == ListColumn.Other ? $"[grey]{role}[/]" : role, Markup.Escape($"{c.Letter}={c.RoleName}"));
        }
        ctx.Console.Write(columns);
        if (view.Preview.Count > 0)
        {
            ctx.Console.MarkupLine(Markup.Escape(ctx.T($"Xem trước {view.Preview.Count} dòng đầu:", $"Preview of the first {view.Preview.Count} rows:")));
            var preview = new Table().AddColumn(ctx.T("Dòng", "Row"));
            foreach (var c in view.Columns) preview.AddColumn(Markup.Escape($"{c.Letter} {Role(c.Role, c.Part)}"));
            foreach (var r in view.Preview)
                preview.AddRow([r.Number.ToString(CultureInfo.InvariantCulture), .. view.Columns.Select(c => Markup.Escape(r.Cell(c.Index) ?? ""))]);
            ctx.Console.Write(preview);
        }
        ctx.Console.MarkupLine(Markup.Escape(ctx.T(
            $"Cả trang đọc được {view.People:N0} người, {view.Rejected:N0} dòng bị từ chối, {view.Skipped:N0} dòng không phải người (tổng, tiêu đề mục, ký tên).",
            $"The whole sheet reads as {view.People:N0} people, {view.Rejected:N0} rows rejected, {view.Skipped:N0} rows not people (totals, headings, signatures).")));
    }

    private static async Task<Dictionary<string, int>?> ReadCountsAsync(CliContext ctx, SachSong.App.Storage.Database database, long listId, string path, CancellationToken ct)
    {
        await new ImportUnits(database).LoadBuiltInAsync(ct);
        await using var db = database.CreateContext();
        var list = await db.Lists.FindAsync([listId], ct);
        if (list is null)
        {
            ctx.Fail(ctx.T($"Không có danh sách {listId}", $"No list {listId}"));
            return null;
        }
        var units = db.Units.Where(u => u.Version == list.UnitVersion && u.Level == UnitLevel.Commune).AsEnumerable().Select(u => u.ToUnit()).ToList();
        var resolver = new UnitResolver(units);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        var reader = new CsvReader(new StreamReader(path));
        reader.ReadRecord();
        while (reader.ReadRecord() is { } r)
        {
            if (r.Length == 0) continue;
            var where = $"{Path.GetFileName(path)}, dòng {reader.LineNumber}";
            if (r.Length < 2 || !int.TryParse(r[1].Replace(".", "", StringComparison.Ordinal).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                problems.Add($"{where}, cột count: '{(r.Length > 1 ? r[1] : "")}' không phải số");
                continue;
            }
            switch (resolver.Resolve(r[0], UnitLevel.Commune))
            {
                case UnitResolution.Found f: result[f.Unit.Code] = result.GetValueOrDefault(f.Unit.Code) + n; break;
                case var other: problems.Add($"{where}, cột commune: {other}"); break;
            }
        }
        foreach (var p in problems) ctx.Error.WriteLine(p);
        return problems.Count == 0 ? result : null;
    }

    private static async Task PrintSummaryAsync(CliContext ctx, SachSong.App.Storage.Database database, long listId, CancellationToken ct)
    {
        var outcomes = await new SummarizeList(database).ByCommuneAsync(listId, ct);
        var table = new Table().AddColumns(ctx.T("Xã", "Commune"), ctx.T("Dòng", "Rows"), ctx.T("Trùng khớp", "Matched"), ctx.T("Cần xem xét", "Review"), ctx.T("Chưa trùng khớp", "Unmatched"), ctx.T("Tỉ lệ", "Rate"));
        foreach (var o in outcomes)
            table.AddRow(Markup.Escape(o.CommuneName), o.Rows.ToString("N0", CultureInfo.CurrentCulture), o.Matched.ToString("N0", CultureInfo.CurrentCulture),
                o.Review.ToString("N0", CultureInfo.CurrentCulture), o.Unmatched.ToString("N0", CultureInfo.CurrentCulture), Rate(o.Matched, o.Rows));
        ctx.Console.Write(table);
    }

    private static int Report(CliContext ctx, CleansingResult result)
    {
        switch (result)
        {
            case CleansingResult.Done d:
                ctx.Console.MarkupLine(ctx.T($"Đã ghi {d.Changes} thay đổi.", $"Recorded {d.Changes} changes."));
                return 0;
            case CleansingResult.EntryNotFound nf:
                ctx.Fail(ctx.T($"Không có dòng {nf.EntryId}", $"No row {nf.EntryId}"));
                return 2;
            case CleansingResult.Refused r:
                ctx.Fail(r.Reason);
                return 2;
            default:
                throw new InvalidOperationException();
        }
    }

    private static string Rate(int part, int whole) => whole == 0 ? "—" : ExportListWorkbook.Percent((decimal)part / whole);
}
