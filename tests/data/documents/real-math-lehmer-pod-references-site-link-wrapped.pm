=head1 AUTHOR

Brian Greenfield, C<< <briang at cpan.org> >>

=head1 SUPPORT

You can find documentation for this module with the perldoc command.

    perldoc Math::Lehmer

You can also look for information at:

=over 4

=item * RT: CPAN's request tracker (report bugs here)

L<https://rt.cpan.org/NoAuth/Bugs.html?Dist=Math-Lehmer>

=item * Search CPAN

L<https://metacpan.org/release/Math-Lehmer>

=back

=head1 REFERENCES

Wikipedia, L<Lehmer code|https://en.wikipedia.org/wiki/Lehmer_code>

2ality.com, L<Encoding permutations as integers via the Lehmer
code|https://2ality.com/2013/03/permutations.html>

Stack Overflow, L<Fast permutations -E<gt> number -E<gt> permutation
mapping
algorithms|https://stackoverflow.com/questions/1506078/fast-permutations-number-permutation-mapping-algorithms>

keithschwarz.com, L<factoradic
permutation|http://keithschwarz.com/code/?dir=factoradic-permutation>

=head1 LICENSE AND COPYRIGHT

This software is copyright (c) 2019 by Brian Greenfield.

This is free software; you can redistribute it and/or modify it under
the same terms as the Perl 5 programming language system itself.

=cut

1;
