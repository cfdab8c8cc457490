using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SachSong.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Indicators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_elements",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_vi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    header_vi = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    header_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    part_of = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_elements", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "figures",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    catalog_version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    unit_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    element_code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    value = table.Column<long>(type: "bigint", nullable: false),
                    reported_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reported_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_figures", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_snapshots",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    catalog_version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    unit_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    indicator_code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    taken_on = table.Column<DateOnly>(type: "date", nullable: false),
                    numerator = table.Column<long>(type: "bigint", nullable: false),
                    denominator = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_snapshots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_targets",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    indicator_code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    unit_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    percent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    set_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    set_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_targets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_vi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    header_vi = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    header_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    numerator = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    denominator = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    decimals = table.Column<int>(type: "integer", nullable: false),
                    target_percent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    direction = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "figure_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    figure_id = table.Column<long>(type: "bigint", nullable: false),
                    old_value = table.Column<long>(type: "bigint", nullable: true),
                    new_value = table.Column<long>(type: "bigint", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_figure_history", x => x.id);
                    table.ForeignKey(
                        name: "FK_figure_history_figures_figure_id",
                        column: x => x.figure_id,
                        principalTable: "figures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_figure_history_figure_id",
                table: "figure_history",
                column: "figure_id");

            migrationBuilder.CreateIndex(
                name: "IX_figures_catalog_version_unit_code_element_code_period",
                table: "figures",
                columns: new[] { "catalog_version", "unit_code", "element_code", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_figures_period_element_code",
                table: "figures",
                columns: new[] { "period", "element_code" });

            migrationBuilder.CreateIndex(
                name: "IX_indicator_snapshots_catalog_version_unit_code_indicator_cod~",
                table: "indicator_snapshots",
                columns: new[] { "catalog_version", "unit_code", "indicator_code", "period", "taken_on" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicator_targets_indicator_code_unit_code_period",
                table: "indicator_targets",
                columns: new[] { "indicator_code", "unit_code", "period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_elements");

            migrationBuilder.DropTable(
                name: "figure_history");

            migrationBuilder.DropTable(
                name: "indicator_snapshots");

            migrationBuilder.DropTable(
                name: "indicator_targets");

            migrationBuilder.DropTable(
                name: "indicators");

            migrationBuilder.DropTable(
                name: "figures");
        }
    }
}
