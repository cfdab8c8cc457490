using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SachSong.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Lists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "list_corrections",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    entry_id = table.Column<long>(type: "INTEGER", nullable: false),
                    field = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    old_value = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    new_value = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_list_corrections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "list_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    list_id = table.Column<long>(type: "INTEGER", nullable: false),
                    version_id = table.Column<long>(type: "INTEGER", nullable: false),
                    row_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    sheet = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    row_number = table.Column<int>(type: "INTEGER", nullable: false),
                    personal_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    full_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    birth_date = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    sex = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    commune_code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    village = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: true),
                    matched_personal_id = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    score = table.Column<double>(type: "REAL", nullable: true),
                    reasons = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    candidates = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    matched_in_round = table.Column<int>(type: "INTEGER", nullable: true),
                    needs_match = table.Column<bool>(type: "INTEGER", nullable: false),
                    register_changed = table.Column<bool>(type: "INTEGER", nullable: false),
                    review_decision = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_list_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "list_templates",
                columns: table => new
                {
                    signature = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    mapping_json = table.Column<string>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_list_templates", x => x.signature);
                });

            migrationBuilder.CreateTable(
                name: "list_versions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    list_id = table.Column<long>(type: "INTEGER", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    template_signature = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    mapping_json = table.Column<string>(type: "TEXT", nullable: false),
                    row_count = table.Column<int>(type: "INTEGER", nullable: false),
                    rejected_count = table.Column<int>(type: "INTEGER", nullable: false),
                    imported_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    imported_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_list_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lists",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    program = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    unit_version = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    current_version = table.Column<int>(type: "INTEGER", nullable: false),
                    rounds = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lists", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "match_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    round_id = table.Column<long>(type: "INTEGER", nullable: false),
                    entry_id = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    personal_id = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    score = table.Column<double>(type: "REAL", nullable: false),
                    reasons = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_match_history", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "match_rounds",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    list_id = table.Column<long>(type: "INTEGER", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    match_threshold = table.Column<double>(type: "REAL", nullable: false),
                    review_threshold = table.Column<double>(type: "REAL", nullable: false),
                    rematched = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_match_rounds", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "round_commune_summaries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    round_id = table.Column<long>(type: "INTEGER", nullable: false),
                    commune_code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    rows = table.Column<int>(type: "INTEGER", nullable: false),
                    matched = table.Column<int>(type: "INTEGER", nullable: false),
                    review = table.Column<int>(type: "INTEGER", nullable: false),
                    unmatched = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_round_commune_summaries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_list_corrections_entry_id",
                table: "list_corrections",
                column: "entry_id");

            migrationBuilder.CreateIndex(
                name: "IX_list_entries_list_id_commune_code",
                table: "list_entries",
                columns: new[] { "list_id", "commune_code" });

            migrationBuilder.CreateIndex(
                name: "IX_list_entries_list_id_row_key",
                table: "list_entries",
                columns: new[] { "list_id", "row_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_list_entries_matched_personal_id",
                table: "list_entries",
                column: "matched_personal_id");

            migrationBuilder.CreateIndex(
                name: "IX_list_versions_list_id_number",
                table: "list_versions",
                columns: new[] { "list_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lists_program_unit_code",
                table: "lists",
                columns: new[] { "program", "unit_code" });

            migrationBuilder.CreateIndex(
                name: "IX_match_history_entry_id",
                table: "match_history",
                column: "entry_id");

            migrationBuilder.CreateIndex(
                name: "IX_match_history_round_id",
                table: "match_history",
                column: "round_id");

            migrationBuilder.CreateIndex(
                name: "IX_match_rounds_list_id_number",
                table: "match_rounds",
                columns: new[] { "list_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_round_commune_summaries_round_id",
                table: "round_commune_summaries",
                column: "round_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "list_corrections");

            migrationBuilder.DropTable(
                name: "list_entries");

            migrationBuilder.DropTable(
                name: "list_templates");

            migrationBuilder.DropTable(
                name: "list_versions");

            migrationBuilder.DropTable(
                name: "lists");

            migrationBuilder.DropTable(
                name: "match_history");

            migrationBuilder.DropTable(
                name: "match_rounds");

            migrationBuilder.DropTable(
                name: "round_commune_summaries");
        }
    }
}
