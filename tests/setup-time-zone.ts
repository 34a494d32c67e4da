// Every test runs in New York's time zone, whatever the machine's: dates a test writes read the same
// everywhere, and jsdom's en-US browser gets the emergency number it would have there.
process.env.TZ = 'America/New_York';
