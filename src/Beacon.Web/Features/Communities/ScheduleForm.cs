using System.ComponentModel.DataAnnotations;
using Beacon.Web.Data;

namespace Beacon.Web.Features.Communities;

public class ScheduleForm
{
    [Required(ErrorMessage = "Choose how often the community meets.")]
    [Display(Name = "How often")]
    public MeetingFrequency? Frequency { get; set; }

    [Required(ErrorMessage = "Choose the day of the week.")]
    [Display(Name = "Day")]
    public DayOfWeek? Day { get; set; }

    [Range(1, MeetingRule.LastWeek, ErrorMessage = "Choose which week of the month.")]
    [Display(Name = "Week of the month (monthly meetings)")]
    public int WeekOfMonth { get; set; } = 2;

    [Required(ErrorMessage = "Enter the start time, such as 15:45.")]
    [Display(Name = "Starts at")]
    public TimeOnly? StartTime { get; set; }

    [Range(15, 480, ErrorMessage = "Enter a length between 15 and 480 minutes.")]
    [Display(Name = "Length in minutes")]
    public int DurationMinutes { get; set; } = 75;

    [Required(ErrorMessage = "Enter the date from which the series runs.")]
    [Display(Name = "From")]
    public DateOnly? From { get; set; }

    [Display(Name = "Until (optional)")]
    public DateOnly? Until { get; set; }

    [Display(Name = "Time zone")]
    public string TimeZoneId { get; set; } = "UTC";

    public static ScheduleForm From_(Community c) => new()
    {
        Frequency = c.Frequency,
        Day = c.MeetingDay,
        WeekOfMonth = c.WeekOfMonth ?? 2,
        StartTime = c.StartTime,
        DurationMinutes = c.DurationMinutes,
        From = c.FirstMeetingOn,
        Until = c.LastMeetingOn,
        TimeZoneId = c.TimeZoneId,
    };

    public void ApplyTo(Community c)
    {
        (c.Frequency, c.MeetingDay, c.WeekOfMonth, c.StartTime) = (Frequency, Day, WeekOfMonth, StartTime);
        (c.DurationMinutes, c.FirstMeetingOn, c.LastMeetingOn, c.TimeZoneId) = (DurationMinutes, From, Until, TimeZoneId);
    }
}

public class ExceptionForm
{
    [Required(ErrorMessage = "Enter the date of the meeting that changes.")]
    [Display(Name = "Meeting on")]
    public DateOnly? OccursOn { get; set; }

    [Display(Name = "Moved to (leave empty to cancel it)")]
    public DateTime? MovedTo { get; set; }

    [StringLength(Limits.Line, ErrorMessage = "Keep the note under {1:N0} characters.")]
    [Display(Name = "Note")]
    public string? Note { get; set; }
}
