using Beacon.Web.Data;
using Quartz;

namespace Beacon.Web.Jobs;

public static class JobsSetup
{
    /// <summary>
    /// Declares a job that runs every <paramref name="interval"/>. Only declares it: <see cref="AddBeaconJobs"/>,
    /// called after every area has added itself, hands the declared jobs to the scheduler.
    /// </summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string name, TimeSpan interval)
        where TJob : class, IBeaconJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new RecurringJob(typeof(TJob), name, interval) { Schedule = quartz => Schedule<TJob>(quartz, name, interval) });
        return services;
    }

    /// <summary>
    /// The job runner: Quartz.NET with its ADO.NET job store in Beacon's own database (tables made
    /// by a migration, <see cref="QuartzSchema"/>). On PostgreSQL the nodes form a cluster, so each
    /// run happens on one node and a dead node's work is taken over; SQLite is one node, where
    /// Quartz's store serializes its work in-process and does not cluster.
    /// </summary>
    public static WebApplicationBuilder AddBeaconJobs(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(JobsOptions.Section);
        builder.Services.AddOptions<JobsOptions>().Bind(section);
        var options = section.Get<JobsOptions>() ?? new JobsOptions();
        if (!options.Enabled)
        {
            return builder;
        }
        var jobs = builder.Services
            .Where(d => d.ServiceType == typeof(RecurringJob) && d.ImplementationInstance is RecurringJob)
            .Select(d => (RecurringJob)d.ImplementationInstance!)
            .ToList();
        var provider = DatabaseProvider.From(builder.Configuration);
        var connectionString = DataSetup.ConnectionString(builder);

        builder.Services.AddQuartz(quartz =>
        {
            quartz.UseDefaultThreadPool(2);
            quartz.UsePersistentStore(store =>
            {
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = QuartzSchema.TablePrefix;
                    // The tables are the migration's to make; a missing one stops the start with its name.
                    o.SchemaProvisioning = SchemaProvisioning.Validate;
                });
                if (provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(connectionString);
                    store.UseClustering(c => c.CheckinInterval = options.CheckinInterval);
                }
                else
                {
                    store.UseSqlite(connectionString);
                }
            });
            foreach (var job in jobs)
            {
                job.Schedule!(quartz);
            }
        });
        builder.Services.Configure<QuartzSchedulerOptions>(o => o.IdleWaitTime = options.IdleWait);
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }

    private static void Schedule<TJob>(IQuartzBuilder quartz, string name, TimeSpan interval)
        where TJob : IBeaconJob =>
        quartz.ScheduleJob<QuartzJob<TJob>>(
            trigger => trigger.WithIdentity(name).WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()),
            detail => detail.WithIdentity(name));
}
