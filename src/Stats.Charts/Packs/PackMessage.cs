using System.Globalization;
using System.Text;
using MimeKit;
using MimeKit.Utils;
using Stats.Warehouse.Indicators;

namespace Stats.Charts.Packs;

/// <summary>
/// The e-mail of a pack: HTML body with every chart inline (multipart/related, <c>cid:</c> references), a plain-text
/// alternative with the headline figures, and two attachments: the same document as one self-contained HTML file, and
/// the figures behind the charts as CSV. Everything in it comes from the recipient's role's <see cref="PackContent"/>.
/// </summary>
public static class PackMessage
{
    public static MimeMessage Build(PackContent content, PackRecipient recipient, MailboxAddress from)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(recipient);
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(new MailboxAddress(recipient.Name, recipient.Email));
        message.Subject = Subject(content);
        message.Date = content.GeneratedAt;
        message.MessageId = MimeUtils.GenerateMessageId(from.Domain);

        var body = new BodyBuilder();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chart in content.Charts)
        {
            var image = body.LinkedResources.Add($"{chart.Id}.png", chart.Png, new ContentType("image", "png"));
            image.ContentId = MimeUtils.GenerateMessageId(from.Domain);
            ids[chart.Id] = image.ContentId;
        }

        body.HtmlBody = PackHtml.Render(content, recipient, c => "cid:" + ids[c.Id]);
        body.TextBody = Text(content, recipient);
        var stem = $"{content.Definition.Id}-{content.Month}";
        body.Attachments.Add($"{stem}.html", Encoding.UTF8.GetBytes(PackHtml.SelfContained(content, recipient)), new ContentType("text", "html") { Charset = "utf-8" });
        body.Attachments.Add($"{stem}-data.csv", Encoding.UTF8.GetBytes(content.DataCsv), new ContentType("text", "csv") { Charset = "utf-8" });
        message.Body = body.ToMessageBody();
        return message;
    }

    public static string Subject(PackContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var role = content.Role == IndicatorRole.Analyst ? " [analyst figures]" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{content.Definition.Title}: {FigureFormat.MonthName(content.Month)} (vintage {content.Vintage.Id}){role}");
    }

    private static string Text(PackContent content, PackRecipient recipient)
    {
        var text = new StringBuilder();
        text.Append(content.Definition.Title).Append(": ").Append(FigureFormat.MonthName(content.Month)).Append('\n')
            .Append("Prepared for ").Append(recipient.Name).Append(string.Create(CultureInfo.InvariantCulture, $", vintage {content.Vintage.Id} published {content.Vintage.PublishedAt.UtcDateTime:yyyy-MM-dd}.\n\n"));
        foreach (var f in content.Summary.Headline)
        {
            text.Append("- ").Append(f.Title).Append(": ").Append(FigureFormat.WithFlags(f.Month, f.Unit))
                .Append(" (").Append(FigureFormat.Period(f.PreviousMonth.TimePeriod)).Append(": ").Append(FigureFormat.WithFlags(f.PreviousMonth, f.Unit)).Append(")\n");
        }

        text.Append("\nThe charts are in the HTML version of this message and in the attached document. ':' marks a suppressed value (flag c), which is not zero.\n");
        return text.ToString();
    }
}
