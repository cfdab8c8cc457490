using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SachSong.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalog_versions",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "citizens",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    personal_id = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    birth_year = table.Column<int>(type: "integer", nullable: false),
                    birth_month = table.Column<int>(type: "integer", nullable: true),
                    birth_day = table.Column<int>(type: "integer", nullable: true),
                    sex = table.Column<int>(type: "integer", nullable: false),
                    birth_registration_province = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    catalog_version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    commune_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    household_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    relation_to_head = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    is_deceased = table.Column<bool>(type: "boolean", nullable: false),
                    death_date = table.Column<DateOnly>(type: "date", nullable: true),
                    legacy_id_number = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    id_card_type = table.Column<int>(type: "integer", nullable: true),
                    id_card_issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    eid_level = table.Column<int>(type: "integer", nullable: false),
                    eid_authenticated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    eid_activated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_citizens", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "register_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    personal_id = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    from_commune_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    to_commune_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    details = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_register_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "unit_mappings",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    old_version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    old_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    new_version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    new_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_mappings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "units",
                columns: table => new
                {
                    version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    parent_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_units", x => new { x.version, x.code });
                });

            migrationBuilder.CreateIndex(
                name: "IX_citizens_catalog_version_commune_code",
                table: "citizens",
                columns: new[] { "catalog_version", "commune_code" });

            migrationBuilder.CreateIndex(
                name: "IX_citizens_legacy_id_number",
                table: "citizens",
                column: "legacy_id_number");

            migrationBuilder.CreateIndex(
                name: "IX_citizens_name_key",
                table: "citizens",
                column: "name_key");

            migrationBuilder.CreateIndex(
                name: "IX_citizens_personal_id",
                table: "citizens",
                column: "personal_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_register_changes_occurred_on",
                table: "register_changes",
                column: "occurred_on");

            migrationBuilder.CreateIndex(
                name: "IX_register_changes_personal_id",
                table: "register_changes",
                column: "personal_id");

            migrationBuilder.CreateIndex(
                name: "IX_unit_mappings_new_version_new_code",
                table: "unit_mappings",
                columns: new[] { "new_version", "new_code" });

            migrationBuilder.CreateIndex(
                name: "IX_unit_mappings_old_version_old_code_new_version_new_code",
                table: "unit_mappings",
                columns: new[] { "old_version", "old_code", "new_version", "new_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_units_name_key",
                table: "units",
                column: "name_key");

            migrationBuilder.CreateIndex(
                name: "IX_units_version_parent_code",
                table: "units",
                columns: new[] { "version", "parent_code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalog_versions");

            migrationBuilder.DropTable(
                name: "citizens");

            migrationBuilder.DropTable(
                name: "register_changes");

            migrationBuilder.DropTable(
                name: "unit_mappings");

            migrationBuilder.DropTable(
                name: "units");
        }
    }
}
