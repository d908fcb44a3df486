using Stats.Core.Estimation;
using Stats.Warehouse.Estimation;
using Stats.Warehouse.Publish;
using Stats.Warehouse.Tests.Support;
using Stats.Warehouse.Vintages;

namespace Stats.Warehouse.Tests.Estimation;

/// <summary>Issue 9: Warehouse:Estimation is checked before a publish builds anything; every mistake names its key.</summary>
public sealed class EstimationSettingsTests
{
    [Fact]
    public void Defaults_are_the_documented_method()
    {
        new EstimationSettings().ToOptions().Should().Be(EstimationOptions.Default);
    }

    [Fact]
    public void Settings_map_to_the_estimator_options_whatever_their_case()
    {
        var options = new EstimationSettings
        {
            Criterion = "Significance", SignificanceLevel = 0.01, Interval = "BOOTSTRAP", BootstrapReplicates = 199, Seed = 7, Confidence = 0.9,
        }.ToOptions();

        options.Should().Be(new EstimationOptions
        {
            Criterion = SelectionCriterion.Significance, SignificanceLevel = 0.01, Interval = IntervalMethod.Bootstrap,
            BootstrapReplicates = 199, Seed = 7, Confidence = 0.9,
        });
        new EstimationSettings { Criterion = "fixed", Model = "NRM*POL" }.ToOptions().Model.Should().Be("NRM*POL");
    }

    [Theory]
    [InlineData("Criterion", "bicc", "Warehouse:Estimation:Criterion is 'bicc'; it must be bic, aic, significance or fixed.")]
    [InlineData("Interval", "wald", "Warehouse:Estimation:Interval is 'wald'; it must be profile or bootstrap.")]
    [InlineData("SignificanceLevel", "1.5", "Warehouse:Estimation:SignificanceLevel is '1.5'; it must be a number strictly between 0 and 1, e.g. 0.05.")]
    [InlineData("Confidence", "95", "Warehouse:Estimation:Confidence is '95'; it must be a number strictly between 0 and 1, e.g. 0.95.")]
    [InlineData("BootstrapReplicates", "10", "Warehouse:Estimation:BootstrapReplicates is '10'; it must be a whole number from 99 to 100000.")]
    [InlineData("Criterion", "fixed", "Warehouse:Estimation:Model is not set, but Warehouse:Estimation:Criterion is fixed: *")]
    [InlineData("Model", "NRM*POL", "Warehouse:Estimation:Model is set to 'NRM*POL', but Warehouse:Estimation:Criterion is bic: a model is only used with criterion fixed; *")]
    public void A_mistake_names_the_key_the_value_and_what_is_allowed(string key, string value, string message)
    {
        var settings = new EstimationSettings();
        switch (key)
        {
            case "Criterion": settings.Criterion = value; break;
            case "Interval": settings.Interval = value; break;
            case "Model": settings.Model = value; break;
            case "SignificanceLevel": settings.SignificanceLevel = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case "Confidence": settings.Confidence = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            default: settings.BootstrapReplicates = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
        }

        settings.Invoking(s => s.ToOptions()).Should().Throw<InvalidOperationException>().WithMessage(message);
    }

    [Fact]
    public async Task Issue_9_bad_configuration_stops_the_publish_before_the_build_and_publishes_nothing()
    {
        await using var wh = await TempWarehouse.CreateAsync();
        await Fixtures.VictimsAsync(wh.Staging);
        wh.Options.Estimation.Interval = "jackknife";

        var publish = () => new Publisher(wh.Database, new ManualTime(EstimateWarehouse.PublishedAt)).PublishAsync(wh.Writer, null, CancellationToken.None);

        await publish.Should().ThrowAsync<InvalidOperationException>().WithMessage("Warehouse:Estimation:Interval is 'jackknife'*");
        new VintageStore(wh.Options).Current().Should().BeNull();
        (await Query.CountAsync(wh.Writer, "SELECT count(*) FROM fct_victim_registration")).Should().Be(0, "the model was not built");
    }

    [Fact]
    public async Task Issue_9_a_seeded_bootstrap_interval_is_stored_as_such_and_is_the_same_at_every_publish()
    {
        await using var wh = await EstimateWarehouse.CreateAsync();
        wh.FixModel("");
        wh.Options.Estimation.Interval = "bootstrap";
        wh.Options.Estimation.BootstrapReplicates = 199;
        wh.Options.Estimation.Seed = 11;
        const string Sql = "SELECT interval_method, total, lower, upper FROM est_population_estimate WHERE \"year\" = 2024";

        await wh.PublishAsync();
        var first = (await Query.LinesAsync(wh.Warehouse.Writer, Sql)).Single();
        await wh.PublishAsync();
        var second = (await Query.LinesAsync(wh.Warehouse.Writer, Sql)).Single();

        second.Should().Be(first, "the bootstrap is seeded");
        var parts = first.Split('|');
        parts[0].Should().Be("bootstrap");
        var (total, lower, upper) = (Number(parts[1]), Number(parts[2]), Number(parts[3]));
        total.Should().BeApproximately(IndependenceModel.Darroch(EstimateWarehouse.Observed2024, EstimateWarehouse.ListSizes2024), 1e-6 * total);
        lower.Should().BeLessThan(total);
        upper.Should().BeGreaterThan(total);
    }

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
