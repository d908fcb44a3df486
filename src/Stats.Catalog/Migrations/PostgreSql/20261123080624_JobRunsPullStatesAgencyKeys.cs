using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Stats.Catalog.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class JobRunsPullStatesAgencyKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "contracts",
                table: "api_keys",
                type: "text[]",
                nullable: false);

            migrationBuilder.CreateTable(
                name: "job_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    job_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    trigger = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    fire_instance_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    attempt = table.Column<int>(type: "integer", nullable: false),
                    scheduled_for = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    files_seen = table.Column<int>(type: "integer", nullable: false),
                    deliveries_loaded = table.Column<int>(type: "integer", nullable: false),
                    deliveries_refused = table.Column<int>(type: "integer", nullable: false),
                    deliveries_duplicate = table.Column<int>(type: "integer", nullable: false),
                    rows_loaded = table.Column<long>(type: "bigint", nullable: false),
                    vintage_id = table.Column<int>(type: "integer", nullable: true),
                    message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    instance_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pull_states",
                columns: table => new
                {
                    contract_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    etag = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    last_modified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_checked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_fetched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_content_sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pull_states", x => new { x.contract_id, x.url });
                });

            migrationBuilder.CreateIndex(
                name: "ix_job_runs_fire_instance_id_attempt",
                table: "job_runs",
                columns: new[] { "fire_instance_id", "attempt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_job_runs_job_name_started_at",
                table: "job_runs",
                columns: new[] { "job_name", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_job_runs_outcome_instance_id",
                table: "job_runs",
                columns: new[] { "outcome", "instance_id" });

            migrationBuilder.CreateIndex(
                name: "ix_job_runs_started_at",
                table: "job_runs",
                column: "started_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "job_runs");

            migrationBuilder.DropTable(
                name: "pull_states");

            migrationBuilder.DropColumn(
                name: "contracts",
                table: "api_keys");
        }
    }
}
