using System.Text;
using MimeKit;
using SkiaSharp;
using Stats.Charts.Delivery;

namespace Stats.Charts.Tests.Delivery;

public sealed class SmtpPackSenderTests
{
    private static readonly byte[] ChartA = PackMessages.Png(SKColors.SteelBlue, 120);
    private static readonly byte[] ChartB = PackMessages.Png(SKColors.DarkOrange, 160);
    private static readonly byte[] Attachment = Encoding.UTF8.GetBytes("<!doctype html><html><body><img src=\"data:image/png;base64,AAAA\">Menschenhandel – Oktober</body></html>");

    [SmtpFact]
    public async Task Issue_6_a_pack_arrives_with_its_recipients_subject_inline_charts_and_attachment_byte_for_byte()
    {
        using var sink = await SmtpSink.StartAsync();
        const string subject = "Monatspaket Oktober 2025 – Menschenhandel";
        var message = PackMessages.Build(subject, ChartA, ChartB, Attachment, "Minister <office@interior.example>");
        message.Cc.Add(MailboxAddress.Parse("desk@interior.example"));

        var id = await new SmtpPackSender(Options(sink)).SendAsync(message, CancellationToken.None);

        var mail = sink.Received().Should().ContainSingle().Subject;
        id.Should().Be(message.MessageId).And.NotBeNullOrEmpty();
        mail.Message.MessageId.Should().Be(id);
        mail.EnvelopeFrom.Should().Be("pack@stats.example");
        mail.EnvelopeTo.Should().BeEquivalentTo("office@interior.example", "desk@interior.example");
        mail.Message.Subject.Should().Be(subject);
        mail.Message.From.Mailboxes.Select(m => (m.Name, m.Address)).Should().Equal(("Statistics office", "pack@stats.example"));
        mail.Message.To.Mailboxes.Select(m => (m.Name, m.Address)).Should().Equal(("Minister", "office@interior.example"));
        mail.Message.Cc.Mailboxes.Select(m => m.Address).Should().Equal("desk@interior.example");

        var html = mail.Message.HtmlBody;
        var images = mail.Message.BodyParts.OfType<MimePart>().Where(p => p.ContentType.IsMimeType("image", "png")).ToList();
        images.Should().HaveCount(2);
        foreach (var (cid, bytes) in new[] { ("victims-by-month@pack", ChartA), ("prosecutions@pack", ChartB) })
        {
            var part = images.Should().ContainSingle(p => p.ContentId == cid).Subject;
            part.ContentDisposition!.Disposition.Should().Be(ContentDisposition.Inline);
            html.Should().Contain($"src=\"cid:{cid}\"");
            PackMessages.Decoded(part).Should().Equal(bytes);
        }

        var attachment = mail.Message.Attachments.OfType<MimePart>().Should().ContainSingle().Subject;
        attachment.FileName.Should().Be("pack-2025-10.html");
        attachment.ContentDisposition!.Disposition.Should().Be(ContentDisposition.Attachment);
        PackMessages.Decoded(attachment).Should().Equal(Attachment);
    }

    [SmtpFact]
    public async Task Issue_6_the_configured_sender_and_a_login_are_used_when_the_server_requires_them()
    {
        using var sink = await SmtpSink.StartAsync("pack", "right-Secret-42");
        var message = PackMessages.Build("October", ChartA, ChartB, Attachment, "office@interior.example");
        message.From.Clear();
        var options = Options(sink);
        options.UserName = "pack";
        options.Password = "right-Secret-42";
        options.FromAddress = "figures@stats.example";
        options.FromName = "Figures desk";

        await new SmtpPackSender(options).SendAsync(message, CancellationToken.None);

        var mail = sink.Received().Should().ContainSingle().Subject;
        mail.User.Should().Be("pack");
        mail.Message.From.Mailboxes.Select(m => (m.Name, m.Address)).Should().Equal(("Figures desk", "figures@stats.example"));
    }

    [SmtpFact]
    public async Task Issue_6_a_wrong_password_is_a_permanent_failure_that_does_not_repeat_the_password()
    {
        using var sink = await SmtpSink.StartAsync("pack", "right-Secret-42");
        var options = Options(sink);
        options.UserName = "pack";
        options.Password = "wrong-Secret-17";

        var send = () => new SmtpPackSender(options).SendAsync(PackMessages.Build("x", ChartA, ChartB, Attachment, "a@b.example"), CancellationToken.None);

        var failure = (await send.Should().ThrowAsync<PackDeliveryException>()).Which;
        failure.IsTransient.Should().BeFalse();
        failure.Message.Should().Contain($"127.0.0.1:{sink.Port}").And.Contain("credentials").And.Contain("'pack'").And.Contain("535");
        failure.ToString().Should().NotContain("wrong-Secret-17").And.NotContain("right-Secret-42");
        sink.Received().Should().BeEmpty();
    }

    [Fact]
    public async Task Issue_6_no_server_on_the_port_is_a_transient_failure_naming_host_and_port()
    {
        var port = SmtpSink.FreePort();
        var options = new SmtpOptions { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None, Timeout = TimeSpan.FromSeconds(5) };

        var send = () => new SmtpPackSender(options).SendAsync(PackMessages.Build("x", ChartA, ChartB, Attachment, "a@b.example"), CancellationToken.None);

        var failure = (await send.Should().ThrowAsync<PackDeliveryException>()).Which;
        failure.IsTransient.Should().BeTrue();
        failure.Message.Should().Contain($"127.0.0.1:{port}").And.Contain("could not be reached").And.Contain("connecting");
    }

    [SmtpFact]
    public async Task Issue_6_a_refused_recipient_is_permanent_on_5xx_and_transient_on_4xx()
    {
        using var sink = await SmtpSink.StartAsync();
        var sender = new SmtpPackSender(Options(sink));

        var refused = () => sender.SendAsync(PackMessages.Build("x", ChartA, ChartB, Attachment, "ok@stats.example", "gone@refused.invalid"), CancellationToken.None);
        var permanent = (await refused.Should().ThrowAsync<PackDeliveryException>()).Which;
        permanent.IsTransient.Should().BeFalse();
        permanent.Message.Should().Contain($"127.0.0.1:{sink.Port}").And.Contain("refused recipient gone@refused.invalid").And.Contain("550");

        var deferred = () => sender.SendAsync(PackMessages.Build("x", ChartA, ChartB, Attachment, "busy@defer.invalid"), CancellationToken.None);
        var transient = (await deferred.Should().ThrowAsync<PackDeliveryException>()).Which;
        transient.IsTransient.Should().BeTrue();
        transient.Message.Should().Contain("451");
        sink.Received().Should().BeEmpty("a message with a refused recipient is not sent to the others either");
    }

    [Fact]
    public async Task Issue_6_without_a_configured_host_or_sender_nothing_is_sent_and_the_setting_is_named()
    {
        var noHost = () => new SmtpPackSender(new SmtpOptions()).SendAsync(PackMessages.Build("x", ChartA, ChartB, Attachment, "a@b.example"), CancellationToken.None);
        (await noHost.Should().ThrowAsync<PackDeliveryException>()).Which.Message.Should().Contain("Pack:Smtp:Host");

        var message = PackMessages.Build("x", ChartA, ChartB, Attachment, "a@b.example");
        message.From.Clear();
        var noSender = () => new SmtpPackSender(new SmtpOptions { Host = "127.0.0.1", Port = SmtpSink.FreePort() }).SendAsync(message, CancellationToken.None);
        var failure = (await noSender.Should().ThrowAsync<PackDeliveryException>()).Which;
        failure.Message.Should().Contain("Pack:Smtp:FromAddress");
        failure.IsTransient.Should().BeFalse();
    }

    private static SmtpOptions Options(SmtpSink sink) =>
        new() { Host = sink.Host, Port = sink.Port, Security = SmtpSecurity.None, Timeout = TimeSpan.FromSeconds(10) };
}
