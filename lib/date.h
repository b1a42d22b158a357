/* date.h - the one calendar check of a YYYY-MM-DD date, shared by the
 * library (the caller's day, lib/review.c) and the generator (the
 * catalogue's dates, lib/gen/): both must refuse the same impossible days,
 * February 29 of a common year among them. */
#ifndef MSR_DATE_H
#define MSR_DATE_H

/* Gregorian: every 4th year, except centuries not divisible by 400. */
static inline int msr_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* The last day of `month` (1..12) of `year`. */
static inline int msr_month_days(int year, int month) {
  static const unsigned char days[12] = {31, 28, 31, 30, 31, 30,
                                         31, 31, 30, 31, 30, 31};
  return month == 2 && msr_leap_year(year) ? 29 : days[month - 1];
}

/* 1 when s is "YYYY-MM-DD", a day that exists, and nothing after it.
 * Reads at most 11 bytes of s, stopping at its terminator. */
static inline int msr_date_valid(const char *s) {
  int i, year, month, day;
  for (i = 0; i < 10; i++) {
    if (i == 4 || i == 7) {
      if (s[i] != '-')
        return 0;
    } else if (s[i] < '0' || s[i] > '9') {
      return 0;
    }
  }
  if (s[10] != '\0')
    return 0;
  year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
         (s[3] - '0');
  month = (s[5] - '0') * 10 + (s[6] - '0');
  day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 &&
         day <= msr_month_days(year, month);
}

#endif
