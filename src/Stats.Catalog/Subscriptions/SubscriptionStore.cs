using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Stats.Catalog.Entities;

namespace Stats.Catalog.Subscriptions;

/// <summary>
/// Recipients of the monthly chart packs (`stats subscriptions`) and the record of every pack delivery. Each method
/// saves its own changes.
/// </summary>
public sealed partial class SubscriptionStore(CatalogDbContext db, TimeProvider time)
{
    /// <summary>Longest error message kept per delivery (the column's length).</summary>
    public const int ErrorMessageLength = 2000;

    /// <summary>A new active subscription. The address must be a plain address ("someone@example.org", no display name).</summary>
    public async Task<Subscription> AddAsync(string name, string email, SubscriptionRole role, string packId, CancellationToken cancellationToken)
    {
        name = ValidName(name);
        email = ValidEmail(email);
        packId = ValidPackId(packId);
        if (await db.Subscriptions.AnyAsync(s => s.Name == name, cancellationToken).ConfigureAwait(false))
        {
            throw new SubscriptionException($"A subscription named '{name}' already exists; remove it first or choose another name.");
        }

        var row = new Subscription { Name = name, Email = email, Role = role, PackId = packId, Active = true, CreatedAt = time.GetUtcNow() };
        db.Subscriptions.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another process may have added the same name between the check and the insert (the unique index refused it).
            db.Entry(row).State = EntityState.Detached;
            if (await db.Subscriptions.AsNoTracking().AnyAsync(s => s.Name == name, cancellationToken).ConfigureAwait(false))
            {
                throw new SubscriptionException($"A subscription named '{name}' already exists; remove it first or choose another name.");
            }

            throw;
        }

        return row;
    }

    /// <summary>The subscriptions, of one pack or all, by pack then name; inactive ones only when asked for.</summary>
    public async Task<IReadOnlyList<Subscription>> ListAsync(string? packId, bool includeInactive, CancellationToken cancellationToken)
    {
        var query = db.Subscriptions.AsNoTracking();
        if (packId is not null)
        {
            query = query.Where(s => s.PackId == packId);
        }

        if (!includeInactive)
        {
            query = query.Where(s => s.Active);
        }

        return await query.OrderBy(s => s.PackId).ThenBy(s => s.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The subscription with this name, else the one with this address (any case); null when there is none. An address
    /// held by several subscriptions is refused, since it would not say which role's pack is meant.
    /// </summary>
    public async Task<Subscription?> FindAsync(string nameOrEmail, CancellationToken cancellationToken)
    {
        var key = nameOrEmail?.Trim() ?? "";
        if (key.Length == 0)
        {
            return null;
        }

        var byName = await db.Subscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Name == key, cancellationToken).ConfigureAwait(false);
        if (byName is not null)
        {
            return byName;
        }

        var lower = key.ToLowerInvariant();
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(); the culture overloads have no translation.
        var byEmail = await db.Subscriptions.AsNoTracking()
            .Where(s => s.Email.ToLower() == lower)
#pragma warning restore CA1304, CA1311
            .OrderBy(s => s.Name)
            .Take(3)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return byEmail.Count switch
        {
            0 => null,
            1 => byEmail[0],
            _ => throw new SubscriptionException(
                $"'{key}' is the address of several subscriptions ({string.Join(", ", byEmail.Select(s => s.Name))}); name one of them instead."),
        };
    }

    /// <summary>Deletes the subscription; its past deliveries stay, keeping the copied name and address.</summary>
    public async Task<Subscription> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        var key = name?.Trim() ?? "";
        var row = await db.Subscriptions.SingleOrDefaultAsync(s => s.Name == key, cancellationToken).ConfigureAwait(false)
            ?? throw new SubscriptionException($"No subscription named '{key}': `stats subscriptions list` shows the names.");
        db.Subscriptions.Remove(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return row;
    }

    /// <summary>Records one delivery; the recipient's name, address and role are copied from the subscription now.</summary>
    public async Task<PackDelivery> RecordDeliveryAsync(PackDeliveryRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(record.Recipient);
        var month = ValidMonth(record.Month);
        switch (record.Status)
        {
            case PackDeliveryStatus.Sent when string.IsNullOrWhiteSpace(record.SmtpMessageId):
                throw new ArgumentException("A sent delivery needs the message id the SMTP server accepted.", nameof(record));
            case PackDeliveryStatus.OutboxOnly when string.IsNullOrWhiteSpace(record.OutboxPath):
                throw new ArgumentException("An outbox-only delivery needs its outbox folder.", nameof(record));
            case PackDeliveryStatus.Failed when string.IsNullOrWhiteSpace(record.ErrorMessage):
                throw new ArgumentException("A failed delivery needs its error message.", nameof(record));
        }

        var now = time.GetUtcNow();
        var recipient = record.Recipient;
        var row = new PackDelivery
        {
            PackId = recipient.PackId,
            Month = month,
            SubscriptionId = recipient.Id == 0 ? null : recipient.Id,
            RecipientName = recipient.Name,
            RecipientEmail = recipient.Email,
            Role = recipient.Role,
            VintageId = record.VintageId,
            CreatedAt = now,
            SentAt = record.Status == PackDeliveryStatus.Sent ? now : null,
            Status = record.Status,
            SmtpMessageId = record.SmtpMessageId,
            OutboxPath = record.OutboxPath,
            ErrorMessage = record.ErrorMessage is { Length: > ErrorMessageLength } tooLong ? tooLong[..ErrorMessageLength] : record.ErrorMessage,
        };
        db.PackDeliveries.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return row;
    }

    /// <summary>
    /// The newest successful delivery (sent or written to the outbox) of this pack for a month before <paramref name="month"/>:
    /// its vintage is the baseline "last month" is compared with. Null before the pack's first delivery.
    /// </summary>
    public async Task<PackDelivery?> LastDeliveryBeforeAsync(string packId, string month, CancellationToken cancellationToken)
    {
        month = ValidMonth(month);
        // "yyyy-MM" text sorts in time order, so the comparison runs in SQL on both providers.
#pragma warning disable CA1309, CA1310 // EF translates CompareTo to SQL's < ; there is no culture involved in the database.
        return await db.PackDeliveries.AsNoTracking()
            .Where(d => d.PackId == packId && d.Month.CompareTo(month) < 0
                && (d.Status == PackDeliveryStatus.Sent || d.Status == PackDeliveryStatus.OutboxOnly))
            .OrderByDescending(d => d.Month).ThenByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
#pragma warning restore CA1309, CA1310
    }

    /// <summary>Parses a role name (public or analyst; any case).</summary>
    public static SubscriptionRole ParseRole(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "PUBLIC" => SubscriptionRole.Public,
        "ANALYST" => SubscriptionRole.Analyst,
        _ => throw new SubscriptionException($"Unknown role '{text}': use public (protected figures) or analyst (unprotected figures)."),
    };

    /// <summary>"yyyy-MM" with a real month; anything else is refused with the expected form.</summary>
    public static string ValidMonth(string? month)
    {
        var text = month?.Trim() ?? "";
        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new SubscriptionException($"'{month}' is not a month: write it as yyyy-MM (e.g. 2025-10).");
        }

        return text;
    }

    private static string ValidName(string name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > 100 || trimmed.Any(char.IsControl))
        {
            throw new SubscriptionException("A subscription name must be 1 to 100 printable characters.");
        }

        return trimmed;
    }

    private static string ValidEmail(string email)
    {
        var trimmed = email?.Trim() ?? "";
        if (trimmed.Length is 0 or > 320 || !MailAddress.TryCreate(trimmed, out var address)
            || address.Address != trimmed || address.DisplayName.Length > 0)
        {
            throw new SubscriptionException($"'{email}' is not an e-mail address: give the address only, e.g. someone@ministry.example.");
        }

        return trimmed;
    }

    private static string ValidPackId(string packId)
    {
        var trimmed = packId?.Trim() ?? "";
        if (!PackIdPattern().IsMatch(trimmed))
        {
            throw new SubscriptionException($"'{packId}' is not a pack id: lower-case letters, digits, '-' and '_' (the pack's file name under dashboards/, e.g. ministry).");
        }

        return trimmed;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex PackIdPattern();
}
