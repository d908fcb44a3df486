using MimeKit;
using SkiaSharp;

namespace Stats.Charts.Tests.Delivery;

/// <summary>Test messages shaped like a pack: an HTML body with two inline PNG charts referenced by cid:, and an attachment.</summary>
internal static class PackMessages
{
    public static byte[] Png(SKColor color, int width)
    {
        using var bitmap = new SKBitmap(width, 40);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = color };
            canvas.DrawRect(5, 5, width - 10, 30, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static MimeMessage Build(string subject, byte[] first, byte[] second, byte[] attachment, params string[] to)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Statistics office", "pack@stats.example"));
        foreach (var address in to)
        {
            message.To.Add(MailboxAddress.Parse(address));
        }

        message.Subject = subject;
        var body = new BodyBuilder();
        var chartA = body.LinkedResources.Add("victims-by-month.png", first, new ContentType("image", "png"));
        var chartB = body.LinkedResources.Add("prosecutions.png", second, new ContentType("image", "png"));
        chartA.ContentId = "victims-by-month@pack";
        chartB.ContentId = "prosecutions@pack";
        body.HtmlBody = $"<html><body><h1>{subject}</h1><img src=\"cid:{chartA.ContentId}\"><p>Prosecutions</p><img src=\"cid:{chartB.ContentId}\"></body></html>";
        body.TextBody = subject;
        body.Attachments.Add("pack-2025-10.html", attachment, new ContentType("text", "html"));
        message.Body = body.ToMessageBody();
        return message;
    }

    public static byte[] Decoded(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }
}
